using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Functions.Tests.Telemetry;

/// <summary>An incoming mention is one trace to its card, on the embedded runner and behind the Functions host.</summary>
public sealed class MentionTraceTests(AzuriteFixture azurite)
{
    private const string Text = "Laskussa on virhe, asiakasnumero 4411 ja salasana hunter2";
    private const string Handle = "dana_k_private";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PolledMention_OneTraceFromPollToTheCardPost_WithoutTextOrHandle()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        var mention = PipelineApp.Comment("tr-1", author: Handle, text: Text) with { Author = new Author("7000000000000042", Handle, "Dana Private") };
        network.Add(mention);
        var spans = new SpanCollection();
        var settings = new Dictionary<string, string?> { ["Runner:RunTimers"] = "true", ["Poll:Schedule"] = "* * * * * *" };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: true, Ct, settings: settings, configure: b => Export(b.Services, spans));
        var caseId = CaseIds.For(mention.Key).Value;

        await Eventually.TrueAsync(() => spans.Snapshot().Any(s => s.DisplayName == "PostCard" && Equals(s.GetTagItem(TraceTags.CaseId), caseId)), "the card's PostCard span", Ct);

        var postCard = TraceAssert.Span(spans.Snapshot(), "PostCard", TraceTags.CaseId, caseId);
        var trace = spans.Trace(postCard.TraceId);
        var triage = TraceAssert.Span(trace, "TriageMention", TraceTags.CaseId, caseId);
        var poll = TraceAssert.Span(trace, "Poll Facebook", TraceTags.AccountId, PipelineApp.AccountId);
        var timer = TraceAssert.Span(trace, "PollSources", TraceTags.Function, "PollSources");
        var teamsPort = new Uri(app.Teams.ServiceUrl).Port;
        var cardPost = Assert.Single(trace, s => s.Kind == ActivityKind.Client && Equals(s.GetTagItem("server.port"), teamsPort));
        Assert.Equal(default, timer.ParentSpanId);
        TraceAssert.ChildOf(timer, poll);
        TraceAssert.ChildOf(poll, triage);
        TraceAssert.ChildOf(triage, postCard);
        TraceAssert.ChildOf(postCard, cardPost);
        Assert.Equal(("POST", 201), (cardPost.GetTagItem("http.request.method"), cardPost.GetTagItem("http.response.status_code")));
        Assert.Equal(("Facebook", "done"), (triage.GetTagItem(TraceTags.Network), triage.GetTagItem(TraceTags.Outcome)));
        Assert.Equal("card created", postCard.GetTagItem(TraceTags.Outcome));
        TraceAssert.HoldsNone(trace, Text, "hunter2", Handle, "Dana Private");
    }

    [Fact]
    public async Task CustomHandler_MessageWithTraceparent_ContinuesIt_LinksTheHostRequest_OldMessageStillWorks()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var spans = new SpanCollection();
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, configure: b => Export(b.Services, spans));
        var mentions = app.Get<MentionStore>();
        var (traced, old) = (PipelineApp.Comment("tr-ch-1", thread: "post-a"), PipelineApp.Comment("tr-ch-2", thread: "post-b"));
        await mentions.TryAddAsync(traced, Ct);
        await mentions.TryAddAsync(old, Ct);
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var withParent = JsonSerializer.Serialize(MentionMessage.For(traced.Key) with { Traceparent = $"00-{parent.TraceId}-{parent.SpanId}-01" }, PipelineJson.Default.MentionMessage);
        var withoutParent = JsonSerializer.Serialize(MentionMessage.For(old.Key) with { Traceparent = null }, PipelineJson.Default.MentionMessage);

        Assert.Equal(HttpStatusCode.OK, (await InvokeAsync(app, "TriageMention", withParent)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await InvokeAsync(app, "TriageMention", withoutParent)).StatusCode);

        Assert.DoesNotContain("traceparent", withoutParent, StringComparison.Ordinal);
        var continued = TraceAssert.Span(spans.Snapshot(), "TriageMention", TraceTags.CaseId, CaseIds.For(traced.Key).Value);
        Assert.Equal((parent.TraceId, parent.SpanId), (continued.TraceId, continued.ParentSpanId));
        var request = Assert.Single(continued.Links).Context;
        Assert.Contains(spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.SpanId == request.SpanId);
        var fresh = TraceAssert.Span(spans.Snapshot(), "TriageMention", TraceTags.CaseId, CaseIds.For(old.Key).Value);
        Assert.Contains(spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.SpanId == fresh.ParentSpanId);
        Assert.NotNull(await app.CaseOfAsync(old, Ct));
    }

    internal static void Export(IServiceCollection services, SpanCollection spans) =>
        services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(spans));

    // The host JSON-encodes the string trigger value a second time (hosting-infra.md §1.4).
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
