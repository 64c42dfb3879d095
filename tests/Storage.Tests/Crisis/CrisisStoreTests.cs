using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Storage.Crisis;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests.Crisis;

public sealed class CrisisStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Spike Outage = new(Cluster.Of(Topic.Outage), Now.AddMinutes(-4), 120, 24, 0.2, ["c3", "c2"]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryRaise_ManyRunsAtOnce_ExactlyOneRaises()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        var raised = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            storage.NewInstance().GetRequiredService<CrisisStore>().TryRaiseAsync(CrisisPeriod.Raise(Outage, Now.AddSeconds(i)), null, Ct)));

        Assert.Single(raised, r => r);
        var stored = Assert.Single(await storage.Get<CrisisStore>().ListPeriodsAsync(Ct));
        Assert.True(stored.Period.IsActive);
        Assert.Equal(["c3", "c2"], stored.Period.SampleCaseIds);
    }

    [Fact]
    public async Task End_TwiceAndAfterACardWasSaved_EndsOnceAndKeepsTheCard()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CrisisStore>();
        var period = CrisisPeriod.Raise(Outage, Now);
        await store.TryRaiseAsync(period, null, Ct);
        await store.SaveCardAsync(period.Cluster, period.Id, new PostedCard("http://s/", "19:managers", "a1", "active"), Ct);

        var (first, after) = await store.EndAsync(period.Cluster, period.Id, "Maija Manager", Now.AddHours(1), Ct);
        var (second, _) = await store.EndAsync(period.Cluster, period.Id, "Bertil", Now.AddHours(2), Ct);
        var (other, _) = await store.EndAsync(period.Cluster, "topic:outage@19990101T000000", "Maija", Now, Ct);

        Assert.Equal(EndOutcome.Ended, first);
        Assert.Equal(EndOutcome.AlreadyEnded, second);
        Assert.Equal(EndOutcome.NotFound, other);
        var stored = (await store.GetAsync(period.Cluster, Ct))!;
        Assert.Equal("Maija Manager", stored.Period.EndedBy);
        Assert.Equal("a1", stored.Card!.ActivityId);
        Assert.Equal(after!.Period.EndedAt, stored.Period.EndedAt);
    }

    [Fact]
    public async Task RecordVolume_Retried_CountsOnceAndReadsByRange()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CrisisStore>();
        for (var i = 0; i < 5; i++)
        {
            var key = new MentionKey(Network.X, "x-acme", $"t{i}");
            var entry = new VolumeEntry(Now.AddMinutes(i), "x-acme", Topic.Outage, $"case-{i}");
            await store.RecordVolumeAsync(key, entry, Ct);
            await store.RecordVolumeAsync(key, entry, Ct);
        }

        var read = await store.ReadVolumeAsync(Now.AddMinutes(1), Now.AddMinutes(4), Ct);
        var pruned = await store.PruneVolumeAsync(Now.AddMinutes(2), Ct);

        Assert.Equal(["case-1", "case-2", "case-3"], read.Select(e => e.CaseId).Order());
        Assert.Equal(2, pruned);
        Assert.Equal(["case-2", "case-3", "case-4"], (await store.ReadVolumeAsync(Now, Now.AddHours(1), Ct)).Select(e => e.CaseId).Order());
    }

    [Fact]
    public async Task PruneVolume_ABusyMinute_DeletesEveryRow()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CrisisStore>();
        await Task.WhenAll(Enumerable.Range(0, 230).Select(i =>
            store.RecordVolumeAsync(new MentionKey(Network.X, "x-acme", $"b{i}"), new VolumeEntry(Now.AddSeconds(i % 60), "x-acme", Topic.Outage, $"case-{i}"), Ct)));

        Assert.Equal(230, await store.PruneVolumeAsync(Now.AddMinutes(1), Ct));
        Assert.Empty(await store.ReadVolumeAsync(Now.AddHours(-1), Now.AddHours(1), Ct));
    }

    [Fact]
    public async Task Members_AddedAgainAfterClaim_StayClaimedOut()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CrisisStore>();
        var member = new GroupMember("case-1", "triage", Now, ClaimedOut: false);
        await store.AddMemberAsync("g1", member, Ct);
        await store.MarkClaimedOutAsync("g1", "case-1", Ct);
        await store.AddMemberAsync("g1", member, Ct);
        await store.AddMemberAsync("g1", member with { CaseId = "case-2" }, Ct);
        await store.MarkClaimedOutAsync("g1", "case-never-grouped", Ct);

        var members = await store.ListMembersAsync("g1", Ct);

        Assert.Equal([("case-1", true), ("case-2", false)], members.Select(m => (m.CaseId, m.ClaimedOut)).Order());
    }

    [Fact]
    public async Task TrySaveStatement_TwoApproversAtOnce_OneWinsAndIsAuditedOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CrisisStore>();
        var author = new Core.Cases.Actor("aad-aino", "Aino Agent", Core.Cases.ActorRoles.Agent);
        var drafted = StatementRules.Draft("topic:outage@1", null, author, "Vika korjataan", canSend: true, Now).Next!;
        Assert.True(await store.TrySaveStatementAsync(drafted, null, "StatementDrafted", Ct));
        Assert.False(await store.TrySaveStatementAsync(drafted, null, "StatementDrafted", Ct));
        var submitted = StatementRules.Submit(drafted, author, Now).Next!;
        Assert.True(await store.TrySaveStatementAsync(submitted, await store.GetStatementAsync("topic:outage@1", Ct), "StatementSubmitted", Ct));
        var seen = await store.GetStatementAsync("topic:outage@1", Ct);
        Core.Cases.Actor[] approvers = [new("aad-maija", "Maija", Core.Cases.ActorRoles.Approver), new("aad-pekka", "Pekka", Core.Cases.ActorRoles.Approver)];

        var saved = await Task.WhenAll(approvers.Select(a => store.TrySaveStatementAsync(StatementRules.Approve(submitted, a, Now).Next!, seen, "StatementApproved", Ct)));

        Assert.Single(saved, s => s);
        Assert.Single(await store.ListStatementsToSendAsync(Ct));
        Assert.Single(await store.ListStatementAuditAsync("topic:outage@1", Ct), a => a.Event == "StatementApproved");
    }
}
