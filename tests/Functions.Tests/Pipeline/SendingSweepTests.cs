using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>Cases left in Sending by a crash are moved on: re-sent when the network was never called, shown to a person when it may have been.</summary>
public sealed class SendingSweepTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StuckSending_NoAttempt_IsQueuedAgainAndSentOnce_AnAttemptWithoutOutcome_BecomesSendUnknown()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        var time = new FakeTimeProvider(CaseBuilder.T0.AddMinutes(4));
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct, time);
        // Both crashed after the Sending state was stored: one before its outbox message, one during its network call.
        var (neverSent, _) = await SendReplyTests.StoreSendingAsync(app, "sweep-1");
        var (inFlight, _) = await SendReplyTests.StoreSendingAsync(app, "sweep-2");
        Assert.True(await app.Get<SendAttemptStore>().TryBeginAsync(inFlight.Id, inFlight.Pending!.AttemptId, Ct));

        await SweepAsync(app);
        var tooEarly = await PipelineApp.DrainAsync(app.Queues.Outbox, Ct);
        time.Advance(TimeSpan.FromMinutes(20));
        await SweepAsync(app);
        var requeued = Assert.Single(await PipelineApp.DrainAsync(app.Queues.Outbox, Ct));
        await app.RunAsync<SendReply>(requeued, Ct);
        await app.RunAsync<SendReply>(requeued, Ct);

        Assert.Empty(tooEarly);
        Assert.Equal(CaseState.Sent, (await app.Cases.GetAsync(neverSent.Id, Ct))!.State);
        Assert.Equal(CaseState.SendUnknown, (await app.Cases.GetAsync(inFlight.Id, Ct))!.State);
        Assert.Equal(1, network.TotalPublished);
    }

    private static async Task SweepAsync(PipelineApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendingSweep>().RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);
    }
}
