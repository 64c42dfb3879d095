using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class CardLocationStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_NewerVersion_ReplacesAndOlderVersionIsIgnored()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var cards = storage.Get<CardLocationStore>();
        var id = new CaseId("case-3");
        Assert.Null(await cards.GetAsync(id, Ct));

        await cards.SaveAsync(id, new CardLocation("http://127.0.0.1:1/", "team;messageid=1", "1", 2), Ct);
        await cards.SaveAsync(id, new CardLocation("http://127.0.0.1:1/", "team;messageid=1", "1", 5), Ct);
        var afterOlder = await cards.SaveAsync(id, new CardLocation("http://127.0.0.1:1/", "team;messageid=1", "1", 3), Ct);

        Assert.Equal(5, afterOlder.PostedVersion);
        Assert.Equal(5, (await cards.GetAsync(id, Ct))!.PostedVersion);
    }

    [Fact]
    public async Task Save_ConcurrentVersions_TheHighestWins()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var id = new CaseId("case-4");

        await Task.WhenAll(Enumerable.Range(1, 12).Select(v =>
            storage.NewInstance().GetRequiredService<CardLocationStore>().SaveAsync(id, new CardLocation("http://s/", "c", "a", v), Ct)));

        Assert.Equal(12, (await storage.Get<CardLocationStore>().GetAsync(id, Ct))!.PostedVersion);
    }

    [Fact]
    public async Task SaveNew_AlreadyStored_KeepsTheHigherVersion()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var cards = storage.Get<CardLocationStore>();
        var id = new CaseId("case-5");

        var first = await cards.SaveNewAsync(id, new CardLocation("http://s/", "c;messageid=1", "1", 2), Ct);
        var older = await cards.SaveNewAsync(id, new CardLocation("http://s/", "c;messageid=2", "2", 1), Ct);
        var newer = await cards.SaveNewAsync(id, new CardLocation("http://s/", "c;messageid=1", "1", 4), Ct);

        Assert.Equal((2, 2, 4), (first.PostedVersion, older.PostedVersion, newer.PostedVersion));
        Assert.Equal("1", older.ActivityId);
        Assert.Equal(4, (await cards.GetAsync(id, Ct))!.PostedVersion);
    }
}
