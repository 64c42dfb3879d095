using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Accounts;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class CredentialStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NothingSaved_IsNull()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Null(await storage.Get<ICredentialStore>().GetAsync("x-brand", "x-tokens", Ct));
    }

    [Fact]
    public async Task Save_ThenGetOnAnotherInstance_ReturnsTheLatest()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<ICredentialStore>();
        await store.SaveAsync("x/brand", "x-tokens", "first", Ct);
        await store.SaveAsync("x/brand", "x-tokens", "rotated", Ct);

        var read = await storage.NewInstance().GetRequiredService<ICredentialStore>().GetAsync("x/brand", "x-tokens", Ct);

        Assert.Equal("rotated", read);
    }

    [Fact]
    public async Task Save_KindsAndAccounts_AreKeptApart()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<ICredentialStore>();
        await store.SaveAsync("a", "x-tokens", "a-x", Ct);
        await store.SaveAsync("a", "bluesky-session", "a-bsky", Ct);
        await store.SaveAsync("b", "x-tokens", "b-x", Ct);

        Assert.Equal(
            ["a-x", "a-bsky", "b-x", null],
            [await store.GetAsync("a", "x-tokens", Ct), await store.GetAsync("a", "bluesky-session", Ct), await store.GetAsync("b", "x-tokens", Ct), await store.GetAsync("b", "bluesky-session", Ct)]);
    }

    [Fact]
    public async Task Save_EmptySecret_Throws()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Get<ICredentialStore>().SaveAsync("a", "x-tokens", "", Ct));
    }
}
