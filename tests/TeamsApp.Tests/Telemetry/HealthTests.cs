using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using SomeTeams.TeamsApp.Tests.Workflow;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Telemetry;

public sealed class HealthTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_StorageAnswers_OkAndSaysSo()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);

        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reachable", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["storage"]);
    }

    [Fact]
    public async Task Healthz_StorageDoesNotAnswer_503()
    {
        // Azurite's well-known development key, at a port nothing listens on; nothing is created at start.
        const string Closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1";
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Bot:AllowUnauthenticatedLocal", "true");
            b.UseSetting("Storage:ConnectionString", Closed);
            b.UseSetting("Storage:CreateOnStart", "false");
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["storage"]);
    }
}
