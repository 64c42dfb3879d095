using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;
using SomeTeams.TestKit.Time;

namespace SomeTeams.Storage.Tests;

/// <summary>
/// The 412 path made deterministic: the first writer is held between its read and its write
/// (inside its clock reading) while a second writer stores a transition.
/// </summary>
public sealed class CaseConflictTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_CaseChangedBetweenReadAndWrite_ReappliedOnTheNewState()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var opening = CaseBuilder.New();
        await storage.Get<CaseStore>().CreateAsync(opening, Ct);
        using var gate = new GatedTimeProvider(TimeProvider.System);
        var held = storage.NewInstance(gate).GetRequiredService<CaseStore>();

        var first = Task.Run(() => held.ApplyAsync(opening.Id, new AddNote(People.Aino, "first read"), Ct), Ct);
        await gate.Entered.WaitAsync(Ct);
        await storage.Get<CaseStore>().ApplyAsync(opening.Id, new AddNote(People.Bertil, "stored meanwhile"), Ct);
        gate.Release();

        var accepted = Assert.IsType<Transition.Accepted>(await first);
        Assert.Equal(3, accepted.Next.Version);
        Assert.Equal(["stored meanwhile", "first read"], accepted.Next.Notes.Select(n => n.Text));
        Assert.Equal([1L, 2L, 3L], (await storage.Get<CaseStore>().GetAuditAsync(opening.Id, Ct)).Select(a => a.Version));
    }

    [Fact]
    public async Task Claim_LosesBetweenReadAndWrite_RefusedWithTheWinnersState()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var opening = CaseBuilder.New();
        await storage.Get<CaseStore>().CreateAsync(opening, Ct);
        using var gate = new GatedTimeProvider(TimeProvider.System);
        var held = storage.NewInstance(gate).GetRequiredService<CaseStore>();

        var aino = Task.Run(() => held.ApplyAsync(opening.Id, new Claim(People.Aino), Ct), Ct);
        await gate.Entered.WaitAsync(Ct);
        var bertil = await storage.Get<CaseStore>().ApplyAsync(opening.Id, new Claim(People.Bertil), Ct);
        gate.Release();

        Assert.IsType<Transition.Accepted>(bertil);
        var refused = Assert.IsType<Transition.Refused>(await aino);
        Assert.Equal(new Refusal(RefusalCode.ClaimedByOther, People.Bertil.Name), refused.Reason);
        Assert.Equal(People.Bertil, refused.Current.ClaimedBy);
        Assert.Equal(2, (await storage.Get<CaseStore>().GetAuditAsync(opening.Id, Ct)).Count);
    }
}
