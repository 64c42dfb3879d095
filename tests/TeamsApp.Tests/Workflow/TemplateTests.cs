using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class TemplateTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "someteams-templates-" + Guid.NewGuid().ToString("N") + ".json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => File.Delete(file);

    private async Task<WorkflowApp> StartAsync()
    {
        await File.WriteAllTextAsync(file, """
            { "templates": [
              { "id": "outage-fi", "brand": "nordlink", "language": "fi", "topics": ["outage"], "name": "Häiriö",
                "text": "Hei {author}! Pahoittelut häiriöstä, selvitämme asian. Terveisin {agent}, tapaus {case}" },
              { "id": "billing-fi", "brand": "nordlink", "language": "fi", "topics": ["billing"], "name": "Lasku", "text": "Hei {author}, katsomme laskusi." }
            ] }
            """, Ct);
        return await WorkflowApp.StartAsync(azurite, Ct, ("Workflow:Brand", "nordlink"), ("Workflow:TemplatesPath", file));
    }

    [Fact]
    public async Task ApplyTemplate_FillsTheEditor_WithoutSavingAnything()
    {
        await using var app = await StartAsync();
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        var (_, claimed) = await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        var puts = app.CardUpdates().Count;

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Aino, "applyTemplate", c, 2, ("templateId", "outage-fi")), Ct);

        var offered = Input(CardJson.InvokeCard(claimed), "templateId")!["choices"]!.AsArray().Select(o => o!["value"]!.GetValue<string>());
        Assert.Equal(["outage-fi"], offered);
        var editor = Input(CardJson.InvokeCard(body), "draftText")!;
        Assert.Equal($"Hei Asiakas Neljäkaksi! Pahoittelut häiriöstä, selvitämme asian. Terveisin Aino Agent, tapaus {c.Id}", editor["value"]!.GetValue<string>());
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((2L, (Draft?)null), (stored!.Version, stored.Draft));
        Assert.Equal(puts, app.CardUpdates().Count);
    }

    [Fact]
    public async Task ApplyTemplate_ThatDoesNotFitTheCase_Gets400()
    {
        await using var app = await StartAsync();
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);

        var (status, _) = await app.PostAsync(app.Click(TeamMember.Aino, "applyTemplate", c, 2, ("templateId", "billing-fi")), Ct);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Start_WithABrokenTemplatesFile_RefusesWithTheReason()
    {
        await File.WriteAllTextAsync(file, """{ "templates": [ { "id": "x", "brand": "nordlink", "language": "fi", "name": "X", "text": "Hei {asiakas}" } ] }""", Ct);

        var refused = await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await using var app = await WorkflowApp.StartAsync(azurite, Ct, ("Workflow:Brand", "nordlink"), ("Workflow:TemplatesPath", file));
        });

        Assert.Contains("unknown variable {asiakas}", refused.Message, StringComparison.Ordinal);
    }

    private static JsonObject? Input(JsonNode card, string id) => Find(card, id);

    private static JsonObject? Find(JsonNode? node, string id) => node switch
    {
        JsonObject o when o["id"]?.GetValue<string>() == id => o,
        JsonObject o => o.Select(p => Find(p.Value, id)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
