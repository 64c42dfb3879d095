using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Cursors;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

/// <summary>What the pipeline keeps besides cases: a mention's progress, a poller's failures, a thread's next case.</summary>
public sealed class PipelineProgressTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MentionProgress_MarksAreKept_AndTheMentionIsUntouched()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var mention = MentionBuilder.Create();
        await store.TryAddAsync(mention, Ct);

        var stored = await store.GetProgressAsync(mention.Key, Ct);
        await store.MarkEnqueuedAsync(mention.Key, Ct);
        var enqueued = await store.GetProgressAsync(mention.Key, Ct);
        await store.MarkTriagedAsync(mention.Key, Ct);
        var triaged = await store.GetProgressAsync(mention.Key, Ct);

        Assert.Equal(new MentionProgress(null, null), stored);
        Assert.NotNull(enqueued!.EnqueuedAt);
        Assert.False(enqueued.IsTriaged);
        Assert.True(triaged!.IsTriaged);
        Assert.Equal(mention, await store.GetAsync(mention.Key, Ct));
        Assert.Null(await store.GetProgressAsync(MentionBuilder.Create().Key, Ct));
    }

    [Fact]
    public async Task CursorFailure_KeepsThePosition_AndASuccessfulSetClearsIt()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var cursors = storage.Get<CursorStore>();
        var set = await cursors.TrySetAsync("x:acme", "42", CursorVersion.None, Ct);
        var until = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        await cursors.RecordFailureAsync("x:acme", "RateLimited: 429", until, Ct);
        var failed = await cursors.GetAsync("x:acme", Ct);
        var moved = await cursors.TrySetAsync("x:acme", "43", failed.Version, Ct);

        Assert.NotNull(set);
        Assert.Equal(("42", until, "RateLimited: 429"), (failed.Value, failed.BackoffUntil, failed.LastError));
        Assert.NotNull(moved);
        await cursors.RecordFailureAsync("x:never-polled", "Unavailable: 503", backoffUntil: null, Ct);
        var unavailable = await cursors.GetAsync("x:never-polled", Ct);
        Assert.Equal(((string?)null, (DateTimeOffset?)null, "Unavailable: 503"), (unavailable.Value, unavailable.BackoffUntil, unavailable.LastError));
        Assert.NotNull(await cursors.TrySetAsync("x:never-polled", "1", unavailable.Version, Ct));
        var cleared = await cursors.GetAsync("x:acme", Ct);
        Assert.Equal(("43", (DateTimeOffset?)null, (string?)null), (cleared.Value, cleared.BackoffUntil, cleared.LastError));
    }

    [Fact]
    public async Task CreateSuccessor_TheThreadMovesToTheNewCase_OnceAcrossRetriesAndRaces()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var old = CaseBuilder.Sent(CaseBuilder.New(mention: MentionBuilder.Create(threadId: "t-succ")));
        await store.CreateAsync(old, Ct);
        var next = CaseBuilder.New(mention: MentionBuilder.Create(threadId: "t-succ"));
        var rival = CaseBuilder.New(mention: MentionBuilder.Create(threadId: "t-succ"));

        var created = await store.CreateSuccessorAsync(old, next, Ct);
        var again = await store.CreateSuccessorAsync(old, next, Ct);
        var lost = await store.CreateSuccessorAsync(old, rival, Ct);

        Assert.True(created.IsNew);
        Assert.Equal((next.Id, true), (again.Case.Id, again.IsNew));
        Assert.Equal((next.Id, false), (lost.Case.Id, lost.IsNew));
        Assert.Equal(next.Id, (await store.FindByThreadAsync(CaseThread.Of(next.Mention), Ct))!.Id);
        Assert.Equal(CaseState.Sent, (await store.GetAsync(old.Id, Ct))!.State);
        Assert.Null(await store.GetAsync(rival.Id, Ct));
    }
}
