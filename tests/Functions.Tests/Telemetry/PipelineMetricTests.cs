using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Functions.Tests.Telemetry;

/// <summary>The pipeline's counters, recorded where the functions see the outcome.</summary>
[Collection(SerialTelemetry.Collection)]
public sealed class PipelineMetricTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollThenCard_PollCallsAndOneCardCreated_RateLimitedSendCountedAsErrorAndSend()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Answer = new ActionOutcome.Failed(new ConnectorError.RateLimited(TimeSpan.FromMinutes(1), "slow down")) };
        network.Add(PipelineApp.Comment("m-1"));
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        using var calls = new MeasurementRecorder(SomeTeamsMetrics.PollCallsName);
        using var cards = new MeasurementRecorder(SomeTeamsMetrics.CardsPostedName);
        using var errors = new MeasurementRecorder(SomeTeamsMetrics.ConnectorErrorsName);
        using var sends = new MeasurementRecorder(SomeTeamsMetrics.SendsName);

        await app.PollAsync(Ct);
        foreach (var body in await app.TriageAllAsync(Ct))
        {
            await app.RunAsync<PostCard>(body, Ct);
        }

        var (_, outbox) = await SendReplyTests.StoreSendingAsync(app, "m-send");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.RunAsync<SendReply>(outbox, Ct));

        Assert.Equal(1, calls.Sum(TraceTags.Network, "Facebook"));
        Assert.Equal(1, cards.Sum(TraceTags.Kind, "created"));
        Assert.Equal(1, errors.Sum(TraceTags.Kind, "RateLimited"));
        Assert.Equal(1, sends.Sum(TraceTags.Outcome, "Failed"));
    }
}
