using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Functions.Crisis;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Crisis;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Crisis;

/// <summary>An approved statement goes to every case waiting in the group once, in batches, whatever runs or deliveries repeat.</summary>
public sealed class StatementFanOutTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FanOut_RunsTwiceAndOutboxDuplicated_EveryWaitingCaseGetsExactlyOneReply()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct, settings: new Dictionary<string, string?> { ["Crisis:StatementBatch"] = "2" });
        var store = app.Get<CrisisStore>();
        var now = DateTimeOffset.UtcNow;
        var period = CrisisPeriod.Raise(new Spike(Cluster.Of(Topic.Outage), now.AddMinutes(-5), 30, 6, 0.1, []), now);
        Assert.True(await store.TryRaiseAsync(period, null, Ct));
        var ids = new List<CaseId>();
        for (var i = 0; i < 5; i++)
        {
            var created = await app.Cases.CreateAsync(CaseBuilder.New(mention: PipelineApp.Comment($"s-{i}", thread: $"s-thread-{i}")), Ct);
            await app.Cases.ApplyAsync(created.Case.Id, new JoinGroup(Actor.System, period.Id), Ct);
            await store.AddMemberAsync(period.Id, new GroupMember(created.Case.Id.Value, "triage", now, ClaimedOut: false), Ct);
            ids.Add(created.Case.Id);
        }

        // Claimed out before approval: it keeps its own flow.
        await app.Cases.ApplyAsync(ids[0], new Claim(People.Bertil), Ct);
        await store.MarkClaimedOutAsync(period.Id, ids[0].Value, Ct);
        await ApproveAsync(store, period.Id, "Vika on korjattu, pahoittelemme katkoa.", now);

        var outbox = new List<string>();
        for (var run = 0; run < 4; run++)
        {
            await RunDetectorAsync(app);
            outbox.AddRange(await PipelineApp.DrainAsync(app.Queues.Outbox, Ct));
        }

        Assert.Equal(4, outbox.Count);
        foreach (var body in outbox.Concat(outbox))
        {
            await app.RunAsync<SendReply>(body, Ct);
        }

        await RunDetectorAsync(app);
        Assert.Empty(await PipelineApp.DrainAsync(app.Queues.Outbox, Ct));
        Assert.Equal(["s-1", "s-2", "s-3", "s-4"], network.Published.Keys.Order());
        Assert.All(network.Published.Values, n => Assert.Equal(1, n));
        Assert.All(network.Actions, a => Assert.Equal("Vika on korjattu, pahoittelemme katkoa.", a.Text));
        foreach (var id in ids.Skip(1))
        {
            Assert.Equal(CaseState.Sent, (await app.Cases.GetAsync(id, Ct))!.State);
        }

        Assert.Equal(CaseState.Claimed, (await app.Cases.GetAsync(ids[0], Ct))!.State);
        var members = await store.ListMembersAsync(period.Id, Ct);
        Assert.Equal(4, members.Count(m => m.AnsweredWith == period.Id + "/r1"));
        Assert.Equal(new StatementProgress(280, SentTo: 4, Waiting: 4), StatementProgress.Of(period.Id + "/r1", members));
    }

    private static async Task ApproveAsync(CrisisStore store, string crisisId, string text, DateTimeOffset now)
    {
        var drafted = StatementRules.Draft(crisisId, null, People.Aino, text, canSend: true, now).Next!;
        Assert.True(await store.TrySaveStatementAsync(drafted, null, "StatementDrafted", Ct));
        var submitted = StatementRules.Submit(drafted, People.Aino, now).Next!;
        Assert.True(await store.TrySaveStatementAsync(submitted, await store.GetStatementAsync(crisisId, Ct), "StatementSubmitted", Ct));
        var approved = StatementRules.Approve(submitted, People.Maija, now).Next!;
        Assert.True(await store.TrySaveStatementAsync(approved, await store.GetStatementAsync(crisisId, Ct), "StatementApproved", Ct));
    }

    private static async Task RunDetectorAsync(PipelineApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SpikeDetector>().RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);
    }
}
