using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes.Mastodon;
using SomeTeams.TestKit.Storage;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Functions.Tests.Telemetry;

/// <summary>Send is one trace to the network: the click's span, the outbox message, SendReply, the real connector's HTTP call.</summary>
public sealed class SendTraceTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OutboxMessage_SendReplyAndTheNetworkCall_ContinueTheClicksTrace()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var mastodon = await FakeMastodon.StartAsync();
        mastodon.AddMention(1, new MastodonStatusFixture("113000000000000001", DateTimeOffset.UtcNow.AddMinutes(-5)));
        var spans = new SpanCollection();
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Settings:BaseUrl"] = mastodon.BaseAddress.ToString(),
            ["Connectors:Accounts:0:Settings:AccessToken"] = FakeMastodon.Token,
        };
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Mastodon), runner: true, Ct, settings: settings, configure: b =>
        {
            // The real connectors again (PipelineApp puts its fake in their place): the call goes over HTTP.
            b.Services.RemoveAll<ISocialConnector>();
            b.Services.AddConnectors(b.Configuration);
            MentionTraceTests.Export(b.Services, spans);
        });
        var account = app.Get<SourceAccountCatalog>().Find(PipelineApp.AccountId)!;
        var fetched = Assert.IsType<FetchResult.Fetched>(await app.Get<ConnectorRegistry>().For(account).FetchAsync(account, null, Ct));
        var sending = CaseBuilder.Sending(app.Get<CaseOpener>().Open(Assert.Single(fetched.Mentions), DateTimeOffset.UtcNow));
        await app.Cases.CreateAsync(sending, Ct);

        string body;
        ActivityContext click;
        using (var span = SomeTeamsTelemetry.Source.StartActivity("CardAction send"))
        {
            click = span!.Context;
            body = JsonSerializer.Serialize(new OutboxMessage(sending.Id.Value, sending.Pending!.AttemptId), PipelineJson.Default.OutboxMessage);
        }

        await app.Queues.Outbox.SendAsync(body, Ct);
        await Eventually.TrueAsync(() => spans.Snapshot().Any(s => s.DisplayName == "SendReply" && s.GetTagItem(TraceTags.Outcome) is not null), "SendReply's span", Ct);

        var send = TraceAssert.Span(spans.Snapshot(), "SendReply", TraceTags.CaseId, sending.Id.Value);
        Assert.Equal((click.TraceId, click.SpanId), (send.TraceId, send.ParentSpanId));
        Assert.Equal(("Done", "Mastodon", PipelineApp.AccountId), (send.GetTagItem(TraceTags.Outcome), send.GetTagItem(TraceTags.Network), send.GetTagItem(TraceTags.AccountId)));
        var post = Assert.Single(spans.Trace(click.TraceId), s => s.Kind == ActivityKind.Client && Equals(s.GetTagItem("server.port"), mastodon.BaseAddress.Port)
            && Equals(s.GetTagItem("http.request.method"), "POST"));
        TraceAssert.ChildOf(send, post);
        Assert.Equal(200, post.GetTagItem("http.response.status_code"));
        Assert.Single(mastodon.Posted);
        TraceAssert.HoldsNone(spans.Trace(click.TraceId), sending.Pending.Text!, "zsc@fosstodon.example", "Z. S. C.", FakeMastodon.Token);
    }
}
