using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.Meta;
using SomeTeams.TestKit.Storage;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Functions.Tests.Telemetry;

/// <summary>A webhook delivery continues the caller's trace into the mention's queue message.</summary>
public sealed class WebhookTraceTests(AzuriteFixture azurite)
{
    private const string CommentBody = $$$"""
        {"object":"page","entry":[{"id":"{{{PipelineApp.PageId}}}","time":1787218272,"changes":[{"field":"feed","value":
          {"from":{"id":"7000000000000001","name":"Dana K"},"message":"Lasku on väärin, veloititte kahdesti","post_id":"{{{PipelineApp.PageId}}}_1",
           "comment_id":"1_2","parent_id":"{{{PipelineApp.PageId}}}_1","created_time":1787218272,"item":"comment","verb":"add"}}]}]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MetaDeliveryWithTraceparent_MentionMessageContinuesTheRequestsTrace()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var spans = new SpanCollection();
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, configure: b => MentionTraceTests.Export(b.Services, spans));
        var caller = ActivityTraceId.CreateRandom();
        using var content = new StringContent(CommentBody, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Hub-Signature-256", MetaWebhookSender.Signature256(CommentBody, PipelineApp.MetaSecret));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/webhooks/meta", UriKind.Relative)) { Content = content };
        request.Headers.Add("traceparent", $"00-{caller}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await app.Client.SendAsync(request, Ct);

        response.EnsureSuccessStatusCode();
        var message = Assert.Single(await PipelineApp.DrainAsync(app.Queues.Mentions, Ct));
        var parent = TraceParent.Parse((string?)JsonNode.Parse(message)!["traceparent"]);
        var server = Assert.Single(spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.SpanId == parent.SpanId);
        Assert.Equal((caller, caller), (parent.TraceId, server.TraceId));
    }
}
