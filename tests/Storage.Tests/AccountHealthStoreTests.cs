using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Accounts;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class AccountHealthStoreTests(AzuriteFixture azurite)
{
    private const string Account = "bluesky/brand#1";
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NeverRecorded_IsNull()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Null(await storage.Get<IAccountHealthStore>().GetAsync(Account, Ct));
    }

    [Fact]
    public async Task Update_EveryField_RoundTrips()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var health = new AccountHealth(
            Account, Network.Bluesky, T0, T0.AddMinutes(1), T0.AddMinutes(2), T0.AddMinutes(3), AuthState.Expired, T0.AddMinutes(4),
            QuotaState.Exhausted, T0.AddHours(9), T0.AddMinutes(5), T0.AddMinutes(6), FailureKind.AuthExpired, T0.AddMinutes(7), 4, T0.AddMinutes(8), HealthProblem.AuthExpired);

        var stored = await storage.Get<AccountHealthStore>().UpdateAsync(Account, _ => health, Ct);

        Assert.Equal(health, stored);
        Assert.Equal(health, await storage.NewInstance().GetRequiredService<IAccountHealthStore>().GetAsync(Account, Ct));
    }

    [Fact]
    public async Task Update_SeesWhatIsStored()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<AccountHealthStore>();
        await store.UpdateAsync(Account, h => AccountHealth.Start(Account, Network.Bluesky, T0), Ct);

        AccountHealth? seen = null;
        await store.UpdateAsync(Account, h => (seen = h)! with { ConsecutiveFailures = 1 }, Ct);

        Assert.Equal(T0, seen?.TrackedSince);
        Assert.Equal(1, (await store.GetAsync(Account, Ct))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Update_RacedBySeparateInstances_LosesNoIncrement()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var stores = Enumerable.Range(0, 8).Select(_ => storage.NewInstance().GetRequiredService<IAccountHealthStore>()).ToList();

        await Task.WhenAll(stores.Select(s => s.UpdateAsync(
            Account,
            h => (h ?? AccountHealth.Start(Account, Network.Bluesky, T0)) with { ConsecutiveFailures = (h?.ConsecutiveFailures ?? 0) + 1 },
            Ct)));

        Assert.Equal(stores.Count, (await stores[0].GetAsync(Account, Ct))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Update_ReturnsAnotherAccount_Throws()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            storage.Get<IAccountHealthStore>().UpdateAsync(Account, _ => AccountHealth.Start("other", Network.X, T0), Ct));
    }

    [Fact]
    public async Task List_SeveralAccounts_ReturnsEach()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<IAccountHealthStore>();
        foreach (var (id, network) in new[] { ("x-brand", Network.X), ("fb-page", Network.Facebook), ("yt", Network.YouTube) })
        {
            await store.UpdateAsync(id, _ => AccountHealth.Start(id, network, T0), Ct);
        }

        var all = await store.ListAsync(Ct);

        Assert.Equal(["fb-page", "x-brand", "yt"], all.Select(h => h.AccountId).Order(StringComparer.Ordinal));
    }
}
