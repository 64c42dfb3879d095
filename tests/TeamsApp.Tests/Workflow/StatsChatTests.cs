using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>The <c>stats</c> chat command: the digest card with per-person counts for a manager, one's own count for anyone else.</summary>
public sealed class StatsChatTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Personal(string serviceUrl, TeamMember who, string text, string locale) => PersonalChats.Message(serviceUrl, who, text, locale);

    private static Task<JsonNode> AnswerAsync(WorkflowApp app, TeamMember who) => PersonalChats.AnswerAsync(app, who, Ct);

    /// <summary>Two cases of the last week, each closed by Bertil.</summary>
    private static async Task SeedAsync(WorkflowApp app)
    {
        var bertil = new Actor(TeamMember.Bertil.AadObjectId, TeamMember.Bertil.Name, ActorRoles.Agent);
        foreach (var id in new[] { "s-1", "s-2" })
        {
            var opened = app.Time.GetUtcNow().AddHours(-3);
            var c = Case.Open(new CaseId("stats-" + id), CaseBuilder.Mention(externalId: id), CaseBuilder.Triage(), "triage", opened.AddHours(1), opened);
            await app.Cases.CreateAsync(c, Ct);
            await app.Cases.ApplyAsync(c.Id, new Close(bertil, CloseReason.NoActionNeeded), Ct);
        }
    }

    [Fact]
    public async Task Manager_GetsTheDigestCard_WithPerPersonCounts()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        await SeedAsync(app);

        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Maija, "tilastot", "fi-FI"), Ct);

        var card = (await AnswerAsync(app, TeamMember.Maija))["attachments"]![0]!["content"]!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Asiakaspalvelun yhteenveto", card, StringComparison.Ordinal);
        Assert.Contains("Käsitellyt henkilöittäin (vain esihenkilöille)", card, StringComparison.Ordinal);
        Assert.Contains("Bertil Agent", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_GetsOwnCountOnly_Politely()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        await SeedAsync(app);

        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Bertil, "stats", "en-US"), Ct);

        var answer = await AnswerAsync(app, TeamMember.Bertil);
        Assert.Null(answer["attachments"]);
        Assert.StartsWith("You handled 2 cases from ", (string?)answer["text"], StringComparison.Ordinal);
        Assert.EndsWith("The team's summary is shown to managers.", (string?)answer["text"], StringComparison.Ordinal);
    }
}
