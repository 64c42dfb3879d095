using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class MentionStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryAdd_SameMentionTwice_StoredOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var mention = MentionBuilder.Create();

        Assert.True(await store.TryAddAsync(mention, Ct));
        Assert.False(await store.TryAddAsync(mention with { Text = "polled again" }, Ct));
        Assert.Equal(mention, await store.GetAsync(mention.Key, Ct));
    }

    [Fact]
    public async Task TryAdd_SameMentionConcurrentlyFromSeparateInstances_ExactlyOneAdds()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var mention = MentionBuilder.Create();
        var stores = Enumerable.Range(0, 20).Select(_ => storage.NewInstance().GetRequiredService<MentionStore>()).ToList();

        var added = await Task.WhenAll(stores.Select(s => s.TryAddAsync(mention, Ct)));

        Assert.Single(added, a => a);
        Assert.Equal(mention, await stores[0].GetAsync(mention.Key, Ct));
    }

    [Theory]
    [InlineData("at://did:plc:abc/app.bsky.feed.post/3kq2xyzzy")]
    [InlineData("https://mastodon.social/@asiakas/113#frag?x=1")]
    [InlineData("back\\slash 'quoted' 100% ~tilde")]
    public async Task TryAdd_IdWithForbiddenKeyCharacters_RoundTrips(string externalId)
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var mention = MentionBuilder.Create(externalId: externalId);

        Assert.True(await store.TryAddAsync(mention, Ct));
        Assert.False(await store.TryAddAsync(mention, Ct));
        Assert.Equal(mention, await store.GetAsync(mention.Key, Ct));
    }

    [Fact]
    public async Task TryAdd_SameExternalIdOnAnotherAccountOrNetwork_IsAnotherMention()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<MentionStore>();
        var mention = MentionBuilder.Create(externalId: "12345");

        Assert.True(await store.TryAddAsync(mention, Ct));
        Assert.True(await store.TryAddAsync(mention with { AccountId = "other-account" }, Ct));
        Assert.True(await store.TryAddAsync(mention with { Network = Network.Mastodon }, Ct));
    }

    [Fact]
    public async Task Get_Unknown_ReturnsNull()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Null(await storage.Get<MentionStore>().GetAsync(new MentionKey(Network.X, "brand", "nope"), Ct));
    }
}
