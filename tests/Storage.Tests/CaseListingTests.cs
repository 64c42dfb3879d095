using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class CaseListingTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAll_OpenAndClosedCases_EachOnceWithoutAuditOrThreadRows()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var open = CaseBuilder.New(mention: CaseBuilder.Mention("2001"));
        var closed = CaseBuilder.New(mention: CaseBuilder.Mention("2002"));
        await store.CreateAsync(open, Ct);
        await store.CreateAsync(closed, Ct);
        await store.ApplyAsync(closed.Id, new Close(People.Aino, CloseReason.NoActionNeeded), Ct);

        var all = new List<Case>();
        await foreach (var c in store.ListAllAsync(Ct))
        {
            all.Add(c);
        }

        Assert.Equal(
            [(open.Id, CaseState.New), (closed.Id, CaseState.Closed)],
            all.Select(c => (c.Id, c.State)).OrderBy(x => x.Id == closed.Id));
    }
}
