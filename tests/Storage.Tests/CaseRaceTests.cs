using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

/// <summary>
/// Real concurrency on real Azurite: every contender is a separate application instance with
/// its own clients, all released at once; the counts are exact and nothing depends on timing.
/// </summary>
public sealed class CaseRaceTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_FiftyAgentsAtOnce_ExactlyOneWinsAndOneAuditEntry()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var opening = CaseBuilder.New();
        await storage.Get<CaseStore>().CreateAsync(opening, Ct);
        var agents = Enumerable.Range(0, 50).Select(i => new Actor($"aad-agent-{i}", $"Agent {i}", ActorRoles.Agent)).ToList();
        var stores = agents.Select(_ => storage.NewInstance().GetRequiredService<CaseStore>()).ToList();

        var outcomes = await Task.WhenAll(agents.Select((a, i) => stores[i].ApplyAsync(opening.Id, new Claim(a), Ct)));

        var winner = Assert.Single(outcomes.OfType<Transition.Accepted>());
        var refused = outcomes.OfType<Transition.Refused>().ToList();
        Assert.Equal(49, refused.Count);
        Assert.All(refused, r => Assert.Equal(new Refusal(RefusalCode.ClaimedByOther, winner.Next.ClaimedBy!.Name), r.Reason));
        Assert.All(refused, r => Assert.Equal(winner.Next.ClaimedBy, r.Current.ClaimedBy));
        var stored = await storage.Get<CaseStore>().GetAsync(opening.Id, Ct);
        Assert.Equal((CaseState.Claimed, winner.Next.ClaimedBy, 2L), (stored!.State, stored.ClaimedBy, stored.Version));
        var audit = await storage.Get<CaseStore>().GetAuditAsync(opening.Id, Ct);
        var claim = Assert.Single(audit, a => a.Event == "CaseClaimed");
        Assert.Equal(winner.Next.ClaimedBy, claim.Actor);
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task Claim_TwoHundredCasesEachHitTwice_TwoHundredWinnersAndLosers()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var cases = Enumerable.Range(0, 200).Select(i => CaseBuilder.New(mention: CaseBuilder.Mention($"race-{i}"))).ToList();
        await Task.WhenAll(cases.Select(c => storage.Get<CaseStore>().CreateAsync(c, Ct)));
        var left = storage.NewInstance().GetRequiredService<CaseStore>();
        var right = storage.NewInstance().GetRequiredService<CaseStore>();

        var outcomes = await Task.WhenAll(cases.SelectMany(c => new[]
        {
            left.ApplyAsync(c.Id, new Claim(People.Aino), Ct),
            right.ApplyAsync(c.Id, new Claim(People.Bertil), Ct),
        }));

        var winners = outcomes.OfType<Transition.Accepted>().ToList();
        Assert.Equal(200, winners.Count);
        Assert.Equal(200, outcomes.OfType<Transition.Refused>().Count(r => r.Reason.Code == RefusalCode.ClaimedByOther));
        Assert.Equal(cases.Select(c => c.Id.Value).Order(StringComparer.Ordinal), winners.Select(w => w.Next.Id.Value).Order(StringComparer.Ordinal));
        await Task.WhenAll(winners.Select(AssertStoredAsync));

        async Task AssertStoredAsync(Transition.Accepted won)
        {
            var stored = await storage.Get<CaseStore>().GetAsync(won.Next.Id, Ct);
            Assert.Equal((CaseState.Claimed, won.Next.ClaimedBy, 2L), (stored!.State, stored.ClaimedBy, stored.Version));
            var claim = Assert.Single(await storage.Get<CaseStore>().GetAuditAsync(won.Next.Id, Ct), a => a.Event == "CaseClaimed");
            Assert.Equal(won.Next.ClaimedBy, claim.Actor);
        }
    }

    [Fact]
    public async Task AddNote_TwentyAtOnce_NoUpdateLost()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var opening = CaseBuilder.New();
        await storage.Get<CaseStore>().CreateAsync(opening, Ct);
        var stores = Enumerable.Range(0, 20).Select(_ => storage.NewInstance().GetRequiredService<CaseStore>()).ToList();

        var outcomes = await Task.WhenAll(stores.Select((s, i) => s.ApplyAsync(opening.Id, new AddNote(People.Maija, $"note {i}"), Ct)));

        Assert.All(outcomes, o => Assert.IsType<Transition.Accepted>(o));
        var stored = await storage.Get<CaseStore>().GetAsync(opening.Id, Ct);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"note {i}").Order(), stored!.Notes.Select(n => n.Text).Order());
        Assert.Equal(21, stored.Version);
        var audit = await storage.Get<CaseStore>().GetAuditAsync(opening.Id, Ct);
        Assert.Equal(Enumerable.Range(1, 21).Select(v => (long)v), audit.Select(a => a.Version));
    }
}
