using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class CaseStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_NewCase_StoredWithOpenedAudit()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();

        var created = await store.CreateAsync(opening, Ct);

        Assert.True(created.IsNew);
        Assert.Equivalent(opening, await store.GetAsync(opening.Id, Ct), strict: true);
        var audit = Assert.Single(await store.GetAuditAsync(opening.Id, Ct));
        Assert.Equal(("CaseOpened", 1L), (audit.Event, audit.Version));
    }

    [Fact]
    public async Task Create_SameCaseTwice_ReturnsTheStoredOne()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();
        await store.CreateAsync(opening, Ct);
        await store.ApplyAsync(opening.Id, new Claim(People.Aino), Ct);

        var again = await store.CreateAsync(opening, Ct);

        Assert.True(again.IsNew);
        Assert.Equal(CaseState.Claimed, again.Case.State);
        Assert.Equal(2, (await store.GetAuditAsync(opening.Id, Ct)).Count);
    }

    [Fact]
    public async Task Create_SameMentionUnderANewId_ReturnsTheFirstCase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var first = CaseBuilder.New();

        await store.CreateAsync(first, Ct);
        var retried = await store.CreateAsync(first with { Id = CaseId.New() }, Ct);

        Assert.True(retried.IsNew);
        Assert.Equal(first.Id, retried.Case.Id);
    }

    [Fact]
    public async Task Create_AnotherMentionInTheSameThread_JoinsTheThreadsCase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var first = CaseBuilder.New();
        var followUp = CaseBuilder.New(mention: first.Mention with { ExternalId = "1002" });

        await store.CreateAsync(first, Ct);
        var joined = await store.CreateAsync(followUp, Ct);

        Assert.False(joined.IsNew);
        Assert.Equal(first.Id, joined.Case.Id);
        Assert.Null(await store.GetAsync(followUp.Id, Ct));
    }

    [Fact]
    public async Task Create_TwoMentionsOfOneThreadConcurrently_OneCase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var first = CaseBuilder.New();
        var cases = Enumerable.Range(0, 10).Select(i => CaseBuilder.New(mention: first.Mention with { ExternalId = $"20{i}" })).ToList();

        var results = await Task.WhenAll(cases.Select(c => storage.NewInstance().GetRequiredService<CaseStore>().CreateAsync(c, Ct)));

        Assert.Single(results, r => r.IsNew);
        Assert.Single(results.Select(r => r.Case.Id).Distinct());
        Assert.Single(await storage.Get<CaseStore>().GetAuditAsync(results[0].Case.Id, Ct));
    }

    [Fact]
    public async Task FindByThread_IndexWrittenButCaseMissing_FinishesTheCreation()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();
        // What a crash between the index row and the case row leaves behind.
        var clients = storage.Get<StorageClients>();
        await clients.Table(clients.Names.ThreadsTable).AddEntityAsync(CaseRows.FromThread(CaseThread.Of(opening.Mention), opening), Ct);

        var found = await store.FindByThreadAsync(CaseThread.Of(opening.Mention), Ct);

        Assert.Equal(opening.Id, found!.Id);
        Assert.NotNull(await store.GetAsync(opening.Id, Ct));
    }

    [Fact]
    public async Task FindByThread_NoCase_ReturnsNull()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Null(await storage.Get<CaseStore>().FindByThreadAsync(CaseThread.Of(CaseBuilder.Mention()), Ct));
    }

    [Fact]
    public async Task Apply_Accepted_StoresCaseAndAuditInVersionOrder()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();
        await store.CreateAsync(opening, Ct);

        await store.ApplyAsync(opening.Id, new Claim(People.Aino), Ct);
        await store.ApplyAsync(opening.Id, new SaveDraft(People.Aino, "Pahoittelut, katsomme heti.", DraftCheck.Clean), Ct);
        var outcome = await store.ApplyAsync(opening.Id, new AddNote(People.Aino, "Soitettu asiakkaalle"), Ct);

        var accepted = Assert.IsType<Transition.Accepted>(outcome);
        Assert.Equivalent(accepted.Next, await store.GetAsync(opening.Id, Ct), strict: true);
        Assert.Equal(["CaseOpened", "CaseClaimed", "DraftSaved", "NoteAdded"], (await store.GetAuditAsync(opening.Id, Ct)).Select(a => a.Event));
    }

    [Fact]
    public async Task Apply_Refused_NothingWrittenAndCurrentCaseReturned()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();
        await store.CreateAsync(opening, Ct);

        var outcome = await store.ApplyAsync(opening.Id, new Approve(People.Maija), Ct);

        var refused = Assert.IsType<Transition.Refused>(outcome);
        Assert.Equal(RefusalCode.NotInThisState, refused.Reason.Code);
        Assert.Equal(1, (await store.GetAsync(opening.Id, Ct))!.Version);
        Assert.Single(await store.GetAuditAsync(opening.Id, Ct));
    }

    [Fact]
    public async Task Apply_UnknownCase_ReturnsNull()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Null(await storage.Get<CaseStore>().ApplyAsync(CaseId.New(), new Claim(People.Aino), Ct));
    }

    [Fact]
    public async Task ListOpen_MixedStates_OnlyOpenCases()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var open = CaseBuilder.New(mention: CaseBuilder.Mention("3001"));
        var closed = CaseBuilder.New(mention: CaseBuilder.Mention("3002"));
        await store.CreateAsync(open, Ct);
        await store.CreateAsync(closed, Ct);
        await store.ApplyAsync(closed.Id, new Close(People.Aino, CloseReason.NoActionNeeded), Ct);

        var listed = await store.ListOpenAsync(Ct).ToListAsync(Ct);

        Assert.Equal([open.Id], listed.Select(c => c.Id));
    }

    [Fact]
    public async Task Apply_CaseGrownPastOnePropertysLimit_RoundTrips()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = storage.Get<CaseStore>();
        var opening = CaseBuilder.New();
        await store.CreateAsync(opening, Ct);
        var note = string.Concat(Enumerable.Repeat("Pitkä muistiinpano vuoronvaihtoon. ", 1200));

        await store.ApplyAsync(opening.Id, new AddNote(People.Aino, note), Ct);
        await store.ApplyAsync(opening.Id, new AddNote(People.Bertil, note), Ct);

        var stored = await store.GetAsync(opening.Id, Ct);
        Assert.Equal([note, note], stored!.Notes.Select(n => n.Text));
    }
}
