using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Storage.Leases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class LeaseStoreTests(AzuriteFixture azurite)
{
    private const string Name = "poll:Mastodon:brand";
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryAcquire_HeldBySomeoneElse_Refused()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var leases = storage.Get<LeaseStore>();

        Assert.NotNull(await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct));
        Assert.Null(await leases.TryAcquireAsync(Name, "instance-b", Duration, Ct));
    }

    [Fact]
    public async Task TryAcquire_ByTheHolder_Renews()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(azurite, time, Ct);
        var leases = storage.Get<LeaseStore>();
        await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct);
        time.Advance(TimeSpan.FromMinutes(4));

        var renewed = await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct);
        time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(time.GetUtcNow().AddMinutes(1), renewed!.ExpiresAt);
        Assert.Null(await leases.TryAcquireAsync(Name, "instance-b", Duration, Ct));
    }

    [Fact]
    public async Task TryAcquire_AfterExpiry_TakenOverAndOldHolderCannotRenewOrRelease()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(azurite, time, Ct);
        var leases = storage.Get<LeaseStore>();
        var old = await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct);
        time.Advance(Duration);

        var taken = await leases.TryAcquireAsync(Name, "instance-b", Duration, Ct);

        Assert.Equal("instance-b", taken!.Owner);
        Assert.Null(await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct));
        Assert.False(await leases.ReleaseAsync(old!, Ct));
    }

    [Fact]
    public async Task Release_ByTheHolder_FreesItAtOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var leases = storage.Get<LeaseStore>();
        var lease = await leases.TryAcquireAsync(Name, "instance-a", Duration, Ct);

        Assert.True(await leases.ReleaseAsync(lease!, Ct));
        Assert.NotNull(await leases.TryAcquireAsync(Name, "instance-b", Duration, Ct));
    }

    [Fact]
    public async Task TryAcquire_RacedBySeparateInstances_ExactlyOneHolds()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var stores = Enumerable.Range(0, 10).Select(_ => storage.NewInstance().GetRequiredService<LeaseStore>()).ToList();

        var results = await Task.WhenAll(stores.Select((s, i) => s.TryAcquireAsync(Name, $"instance-{i}", Duration, Ct)));

        Assert.Single(results, r => r is not null);
    }
}
