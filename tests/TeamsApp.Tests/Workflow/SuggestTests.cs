using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Templates;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>Issue #6's "Suggest a reply" on the card: a suggestion in the claimer's editor, never saved, approved or sent on its own.</summary>
public sealed class SuggestTests(AzuriteFixture azurite) : IDisposable
{
    private const string Phone = "040 123 4567";
    private const string Email = "matti.virtanen@example.fi";
    private const string CardNumber = "4111 1111 1111 1111";
    private readonly string file = Path.Combine(Path.GetTempPath(), "someteams-templates-" + Guid.NewGuid().ToString("N") + ".json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => File.Delete(file);

    [Fact]
    public async Task Suggest_NoAssistantConfigured_PutsTheFittingTemplateInTheEditorAndStoresNothing()
    {
        await using var app = await StartAsync();
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        var (_, claimed) = await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        Assert.Contains("suggest", CardJson.Verbs(CardJson.InvokeCard(claimed)));
        var puts = app.CardUpdates().Count;

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Aino, "suggest", c, 2), Ct);

        var card = CardJson.InvokeCard(body);
        Assert.Equal($"Hei Asiakas Neljäkaksi! Pahoittelut häiriöstä, selvitämme asian. Terveisin Aino Agent, tapaus {c.Id}", Editor(card));
        var texts = CardJson.Texts(card);
        Assert.Contains(texts, t => t.StartsWith("Suggested from the saved replies.", StringComparison.Ordinal));
        Assert.Contains("Tone check of the suggestion", texts);
        await AssertNothingStoredAsync(app, c, puts);
    }

    [Fact]
    public async Task Suggest_WithTheAssistant_SendsNoPersonalDataAndFillsTheNamesAfterwards()
    {
        await using var chat = await FakeChatCompletionsServer.StartAsync(Ct);
        await using var app = await StartAsync(("Ai:Endpoint", new Uri(chat.BaseAddress, "v1").ToString()), ("Ai:ApiKey", FakeChatCompletionsServer.Key));
        var mention = CaseBuilder.Mention(externalId: Guid.NewGuid().ToString("N")) with
        {
            Author = new Author("u-77", "matti_v", "Matti Virtanen"),
            Text = $"@NordlinkFi lasku meni kahdesti! Soittakaa {Phone} tai {Email}, kortti {CardNumber}. @matti_v",
        };
        var c = await app.OpenCaseAsync(mention, sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        var puts = app.CardUpdates().Count;

        var (_, body) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Aino, "suggest", c.Id.Value, 2, locale: "fi-FI"), Ct);

        var card = CardJson.InvokeCard(body);
        Assert.Equal("Hei Matti Virtanen, pahoittelut! Vika korjataan tänään klo 18 mennessä. /Aino Agent", Editor(card));
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith("Avustajan ehdotus.", StringComparison.Ordinal));
        Assert.Contains("Ehdotuksen sävytarkistus", CardJson.Texts(card));
        var request = Assert.Single(chat.Requests);
        var sent = request.Body + "\n" + string.Join('\n', request.Json["messages"]!.AsArray().Select(m => (string?)m!["content"]));
        foreach (var personal in new[] { Phone, "0401234567", Email, CardNumber, "matti_v", "Matti Virtanen", "Aino Agent", "u-77" })
        {
            Assert.DoesNotContain(personal, sent, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("lasku meni kahdesti", sent, StringComparison.Ordinal);
        await AssertNothingStoredAsync(app, c, puts);
    }

    [Fact]
    public async Task Suggest_AssistantFails_TheTemplatesAnswer()
    {
        await using var chat = await FakeChatCompletionsServer.StartAsync(Ct);
        chat.FailWith = 500;
        await using var app = await StartAsync(("Ai:Endpoint", new Uri(chat.BaseAddress, "v1").ToString()), ("Ai:ApiKey", FakeChatCompletionsServer.Key));
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Aino, "suggest", c, 2), Ct);

        var card = CardJson.InvokeCard(body);
        Assert.StartsWith("Hei Asiakas Neljäkaksi! Pahoittelut häiriöstä", Editor(card), StringComparison.Ordinal);
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith("Suggested from the saved replies.", StringComparison.Ordinal));
        Assert.NotEmpty(chat.Requests);
    }

    [Fact]
    public async Task Suggest_AssistantSlowerThanSuggestWithin_TheTemplatesAnswerInTime()
    {
        var stalled = new StalledSuggester();
        await using var app = await StartAsync(s => s.AddTransient<IReplySuggester>(_ => stalled), ("Workflow:SuggestWithin", "00:00:02"));
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);

        var click = app.PostAsync(app.Click(TeamMember.Aino, "suggest", c, 2), Ct);
        await stalled.Entered.Task.WaitAsync(Ct);
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var (_, body) = await click;

        Assert.StartsWith("Hei Asiakas Neljäkaksi! Pahoittelut häiriöstä", Editor(CardJson.InvokeCard(body)), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Contains("did not answer within 2 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_NothingFits_SaysSoAndLeavesTheEditorEmpty()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        var (_, claimed) = await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        Assert.DoesNotContain("suggest", CardJson.Verbs(CardJson.InvokeCard(claimed)));

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Aino, "suggest", c, 2), Ct);

        var card = CardJson.InvokeCard(body);
        Assert.Null(Editor(card));
        Assert.Contains("No suggestion fits this case. Write your own reply.", CardJson.Texts(card));
    }

    [Fact]
    public async Task Suggest_BySomeoneWhoDoesNotHoldTheCase_IsRefusedWithTheHolder()
    {
        await using var app = await StartAsync();
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "suggest", c, 2), Ct);

        var card = CardJson.InvokeCard(body);
        Assert.Null(Editor(card));
        Assert.Contains(CardJson.Texts(card), t => t.Contains(TeamMember.Aino.Name, StringComparison.Ordinal));
        Assert.Equal(2, (await app.Cases.GetAsync(c.Id, Ct))!.Version);
    }

    private Task<WorkflowApp> StartAsync(params (string Key, string Value)[] more) => StartAsync(testServices: null, more);

    private async Task<WorkflowApp> StartAsync(Action<IServiceCollection>? testServices, params (string Key, string Value)[] more)
    {
        await File.WriteAllTextAsync(file, """
            { "templates": [
              { "id": "outage-fi", "brand": "nordlink", "language": "fi", "topics": ["outage"], "name": "Häiriö",
                "text": "Hei {author}! Pahoittelut häiriöstä, selvitämme asian. Terveisin {agent}, tapaus {case}" },
              { "id": "billing-fi", "brand": "nordlink", "language": "fi", "topics": ["billing"], "name": "Lasku", "text": "Hei {author}, katsomme laskusi." }
            ] }
            """, Ct);
        return await WorkflowApp.StartAsync(azurite, testServices, Ct, [("Workflow:Brand", "nordlink"), ("Workflow:TemplatesPath", file), .. more]);
    }

    /// <summary>A suggestion is only shown: the case, its audit trail and the channel card stay as they were.</summary>
    private static async Task AssertNothingStoredAsync(WorkflowApp app, Case c, int puts)
    {
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((2L, CaseState.Claimed, (Draft?)null), (stored!.Version, stored.State, stored.Draft));
        Assert.Equal(["CaseClaimed"], (await app.Cases.GetAuditAsync(c.Id, Ct)).Skip(1).Select(a => a.Event));
        Assert.Equal(puts, app.CardUpdates().Count);
    }

    /// <summary>An assistant that never answers: it waits until the click's deadline cancels it.</summary>
    private sealed class StalledSuggester : IReplySuggester
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<ReplySuggestion>> SuggestAsync(SuggestionContext context, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return [];
        }
    }

    private static string? Editor(JsonNode card) => Find(card, "draftText")?["value"]?.GetValue<string>();

    private static JsonObject? Find(JsonNode? node, string id) => node switch
    {
        JsonObject o when o["id"]?.GetValue<string>() == id => o,
        JsonObject o => o.Select(p => Find(p.Value, id)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
