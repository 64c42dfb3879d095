using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

/// <summary>A poll's page stored and marked in transactions, with the same deduplication as one by one.</summary>
public sealed class MentionBatchTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryAddAll_PageOverlappingStoredMentions_ReportsExactlyTheNewOnes()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var page = Enumerable.Range(0, 130).Select(_ => MentionBuilder.Create()).ToList();
        await store.TryAddAsync(page[7], Ct);
        await store.TryAddAsync(page[120], Ct);

        var added = await store.TryAddAllAsync([.. page, page[3], page[0] with { AccountId = "another-account" }], Ct);

        Assert.Equal(129, added.Count);
        Assert.DoesNotContain(page[7].Key, added);
        Assert.DoesNotContain(page[120].Key, added);
        Assert.Contains(page[0].Key with { AccountId = "another-account" }, added);
        Assert.Empty(await store.TryAddAllAsync(page, Ct));
        Assert.Equal(page[129], await store.GetAsync(page[129].Key, Ct));
    }

    [Fact]
    public async Task MarkAllEnqueued_MarksEveryOne_AndGetStoredReadsMentionAndProgressAtOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var page = Enumerable.Range(0, 105).Select(i => MentionBuilder.Create(accountId: i % 2 == 0 ? "even" : "odd")).ToList();
        await store.TryAddAllAsync(page, Ct);

        await store.MarkAllEnqueuedAsync(page.Select(m => m.Key), Ct);
        await store.MarkTriagedAsync(page[4].Key, Ct);

        foreach (var mention in page)
        {
            var stored = await store.GetStoredAsync(mention.Key, Ct);
            Assert.Equal(mention, stored!.Mention);
            Assert.NotNull(stored.Progress.EnqueuedAt);
            Assert.Equal(mention == page[4], stored.Progress.IsTriaged);
        }

        Assert.Null(await store.GetStoredAsync(new MentionKey(Network.X, "even", "nope"), Ct));
    }
}
