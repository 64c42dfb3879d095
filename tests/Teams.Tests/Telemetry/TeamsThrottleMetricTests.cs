using SomeTeams.Core.Telemetry;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Tests.BotFramework;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Teams.Tests.Telemetry;

[Collection(SerialTelemetry.Collection)]
public sealed class TeamsThrottleMetricTests
{
    [Fact]
    public async Task BotConnectorAnswers429_TeamsThrottleCounterGrowsByOnePerAnswer()
    {
        await using var h = await ConnectorHarness.StartAsync();
        using var throttled = new MeasurementRecorder(SomeTeamsMetrics.TeamsThrottledName);
        var card = new OutgoingActivity { Text = "Case 17 was claimed" };
        await h.Client.SendAsync(h.Target, card, TestContext.Current.CancellationToken);
        var before = throttled.Sum(TraceTags.Operation, "POST");
        h.Connector.Inject(new InjectedFailure(429, TimeSpan.FromMinutes(5), "Throttled"));

        var result = await h.Client.SendAsync(h.Target, card, TestContext.Current.CancellationToken);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal((0, 1), (before, throttled.Sum(TraceTags.Operation, "POST")));
    }
}
