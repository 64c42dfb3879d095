using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>The functions host as the local run starts it: its own process, the embedded runner, Azurite.</summary>
public sealed class FunctionsHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FunctionsHost_StartedLikeTheLocalRun_RunsTheEmbeddedRunner()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var functions = await HostProcess.StartFunctionsAsync(
            new Dictionary<string, string> { ["Storage__ConnectionString"] = azurite.ConnectionString, ["Connectors__DemoWhenEmpty"] = "false" }, ct);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{functions.Port}/") };

        var health = await http.GetFromJsonAsync<JsonObject>("healthz", ct);

        Assert.Equal("ok", (string?)health?["status"]);
        Assert.Equal("Embedded", (string?)health?["mode"]);
    }
}
