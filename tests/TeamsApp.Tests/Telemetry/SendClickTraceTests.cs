using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SomeTeams.Core.Telemetry;
using SomeTeams.Storage;
using SomeTeams.TeamsApp.Tests.Workflow;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.TeamsApp.Tests.Telemetry;

/// <summary>The bot's half of "send is one trace to the network": the click's span goes into the outbox message.</summary>
public sealed class SendClickTraceTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendClick_OutboxMessageCarriesTheClicksSpan_UnderTheRequest_WithoutTheDraft()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var spans = new SpanCollection();
        await using var traced = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(spans))));
        using var client = traced.CreateClient();
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        const string Draft = "Pahoittelut! Korjaus on jo käynnissä, asiakasnumero 4411.";
        foreach (var click in new[] { app.Click(TeamMember.Bertil, "claim", c, 1), app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", Draft)), app.Click(TeamMember.Bertil, "send", c, 3) })
        {
            using var content = new StringContent(click.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Ct);
            response.EnsureSuccessStatusCode();
        }

        var outbox = app.Storage.RawQueue(app.Storage.Get<StorageNames>().OutboxQueue);
        var message = JsonNode.Parse((await outbox.ReceiveMessageAsync(cancellationToken: Ct)).Value.Body.ToString())!;
        var parent = TraceParent.Parse((string?)message["traceparent"]);

        Assert.Equal(c.Id.Value, (string?)message["caseId"]);
        var send = Assert.Single(spans.Snapshot(), s => s.DisplayName == "CardAction send");
        Assert.Equal((send.TraceId, send.SpanId), (parent.TraceId, parent.SpanId));
        Assert.Equal(c.Id.Value, send.GetTagItem(TraceTags.CaseId));
        Assert.Contains(spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.SpanId == send.ParentSpanId && s.TraceId == send.TraceId);
        Assert.All(spans.Trace(send.TraceId).SelectMany(s => s.TagObjects), t => Assert.DoesNotContain("4411", t.Value?.ToString() ?? "", StringComparison.Ordinal));
    }
}
