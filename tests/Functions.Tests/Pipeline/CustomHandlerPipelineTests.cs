using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>The real functions behind the custom-handler endpoints, invoked with the Functions host's payloads (hosting-infra.md §1.4).</summary>
public sealed class CustomHandlerPipelineTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostInvokesTriageMention_CaseOpened_BadMessageAnswersNon2xxSoTheHostRetries()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var mention = PipelineApp.Comment("ch-1");
        await app.Get<Storage.Mentions.MentionStore>().TryAddAsync(mention, Ct);

        var ok = await InvokeAsync(app, "TriageMention", JsonSerializer.Serialize(MentionMessage.For(mention.Key), PipelineJson.Default.MentionMessage));
        var bad = await InvokeAsync(app, "TriageMention", """{"network":"Facebook","accountId":"fb-acme","externalId":"missing"}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.InternalServerError), (ok.StatusCode, bad.StatusCode));
        Assert.NotNull(await app.CaseOfAsync(mention, Ct));
    }

    // The host JSON-encodes the string trigger value a second time (§1.4).
    private static async Task<HttpResponseMessage> InvokeAsync(PipelineApp app, string function, string message)
    {
        var payload = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = JsonSerializer.Serialize(message) },
            ["Metadata"] = new JsonObject { ["DequeueCount"] = 1, ["Id"] = Guid.NewGuid().ToString() },
        };
        using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        return await app.Client.PostAsync(new Uri("/" + function, UriKind.Relative), content, Ct);
    }
}
