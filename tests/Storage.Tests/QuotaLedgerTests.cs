using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Accounts;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class QuotaLedgerTests(AzuriteFixture azurite)
{
    private const string Project = "acme-gcp/youtube";
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrySpend_UpToTheCeiling_ThenRefusedAndNothingAdded()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var ledger = storage.Get<IQuotaLedger>();

        var spent = new[]
        {
            await ledger.TrySpendAsync(Project, Day, 50, 100, Ct),
            await ledger.TrySpendAsync(Project, Day, 50, 100, Ct),
            await ledger.TrySpendAsync(Project, Day, 1, 100, Ct),
            await ledger.TrySpendAsync(Project, Day, 1, 101, Ct),
        };

        Assert.Equal([true, true, false, true], spent);
    }

    [Fact]
    public async Task TrySpend_NextDayOrOtherProject_StartsFromZero()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var ledger = storage.Get<IQuotaLedger>();
        await ledger.TrySpendAsync(Project, Day, 100, 100, Ct);

        Assert.True(await ledger.TrySpendAsync(Project, Day.AddDays(1), 100, 100, Ct));
        Assert.True(await ledger.TrySpendAsync("other", Day, 100, 100, Ct));
    }

    [Fact]
    public async Task Exhaust_RefusesEverySpendThatDayOnEveryInstance()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await storage.Get<IQuotaLedger>().ExhaustAsync(Project, Day, Ct);

        var other = storage.NewInstance().GetRequiredService<IQuotaLedger>();

        Assert.False(await other.TrySpendAsync(Project, Day, 1, 10_000, Ct));
        Assert.True(await other.TrySpendAsync(Project, Day.AddDays(1), 1, 10_000, Ct));
    }

    [Fact]
    public async Task TrySpend_RacedBySeparateInstances_NeverOverspends()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var ledgers = Enumerable.Range(0, 10).Select(_ => storage.NewInstance().GetRequiredService<IQuotaLedger>()).ToList();

        var results = await Task.WhenAll(ledgers.Select(l => l.TrySpendAsync(Project, Day, 1, 5, Ct)));

        Assert.Equal(5, results.Count(r => r));
    }
}
