using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Storage.Cursors;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class CursorStoreTests(AzuriteFixture azurite)
{
    private const string Source = "Bluesky:did:plc:brand/app";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NeverSet_HasNoValue()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        var cursor = await storage.Get<CursorStore>().GetAsync(Source, Ct);

        Assert.Null(cursor.Value);
        Assert.True(cursor.Version.IsNone);
    }

    [Fact]
    public async Task TrySet_FromTheVersionRead_MovesTheCursor()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CursorStore>();

        var first = await store.TrySetAsync(Source, "page-1", (await store.GetAsync(Source, Ct)).Version, Ct);
        var second = await store.TrySetAsync(Source, "page-2", first!.Version, Ct);

        Assert.NotNull(second);
        Assert.Equal("page-2", (await store.GetAsync(Source, Ct)).Value);
    }

    [Fact]
    public async Task TrySet_StaleVersion_RefusedAndCursorNotMovedBack()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CursorStore>();
        var start = await store.TrySetAsync(Source, "100", CursorVersion.None, Ct);
        var slow = await store.GetAsync(Source, Ct);
        await store.TrySetAsync(Source, "200", start!.Version, Ct);

        var stale = await store.TrySetAsync(Source, "150", slow.Version, Ct);

        Assert.Null(stale);
        Assert.Equal("200", (await store.GetAsync(Source, Ct)).Value);
    }

    [Fact]
    public async Task TrySet_FirstWriteRacedBySeparateInstances_ExactlyOneWins()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var stores = Enumerable.Range(0, 10).Select(_ => storage.NewInstance().GetRequiredService<CursorStore>()).ToList();

        var results = await Task.WhenAll(stores.Select((s, i) => s.TrySetAsync(Source, $"poller-{i}", CursorVersion.None, Ct)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner!.Value, (await stores[0].GetAsync(Source, Ct)).Value);
    }

    [Fact]
    public async Task TrySet_UpdateRacedBySeparateInstances_ExactlyOneWins()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var read = await storage.Get<CursorStore>().TrySetAsync(Source, "0", CursorVersion.None, Ct);
        var stores = Enumerable.Range(0, 10).Select(_ => storage.NewInstance().GetRequiredService<CursorStore>()).ToList();

        var results = await Task.WhenAll(stores.Select((s, i) => s.TrySetAsync(Source, $"poller-{i}", read!.Version, Ct)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner!.Value, (await stores[0].GetAsync(Source, Ct)).Value);
    }
}
