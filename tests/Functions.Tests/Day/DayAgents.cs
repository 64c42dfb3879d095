using SomeTeams.Core.Cases;
using SomeTeams.Functions.Tests.Sla;

namespace SomeTeams.Functions.Tests.Day;

/// <summary>
/// The care team's behaviour in the simulated day, and its own record of what it did — the
/// independent side the test checks the stats against. Morning shift (Aino, Bertil; Maija
/// approves) 08–16, Eveliina 16–20. Each agent holds up to three cases, closes each at the next
/// step; Aino stops closing after 15:30 (she leaves her last claims behind), and Eveliina's claims
/// of her last step are left when she goes home.
/// </summary>
internal sealed class DayAgents(ShiftTeam team, IReadOnlyDictionary<CaseId, Arrival> arrivals)
{
    private readonly Dictionary<CaseId, DateTimeOffset> _submitted = [];

    public Dictionary<CaseId, (Actor By, DateTimeOffset At)> Closed { get; } = [];

    public List<TimeSpan> ApprovalWaits { get; } = [];

    /// <summary>Claims left behind at a shift end: who held it and when that shift ended.</summary>
    public Dictionary<CaseId, (string Holder, DateTimeOffset ShiftEnd)> LeftBehind { get; } = [];

    public async Task ActAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = new List<Case>();
        await foreach (var c in team.App.Cases.ListOpenAsync(cancellationToken))
        {
            open.Add(c);
        }

        var cases = team.App.Cases;
        var maija = team.Person(ShiftTeam.Maija);
        if (now >= ShiftTeam.Local(8) && now < ShiftTeam.Local(16))
        {
            foreach (var c in open.Where(c => c.State == CaseState.AwaitingApproval && now - _submitted[c.Id] >= arrivals[c.Id].ApprovalTakes))
            {
                await cases.ApplyAsync(c.Id, new Reject(maija, "Muotoile ystävällisemmin."), cancellationToken);
                ApprovalWaits.Add(now - _submitted[c.Id]);
            }
        }

        foreach (var agent in OnShift(now))
        {
            var person = team.Person(agent);
            var left = LeftBehind.Where(l => l.Value.Holder == agent).Select(l => l.Key).ToHashSet();
            foreach (var c in open.Where(c => person.IsSamePerson(c.ClaimedBy) && c.State == CaseState.Claimed && c.ClaimedAt < now && !left.Contains(c.Id)))
            {
                await cases.ApplyAsync(c.Id, new Close(person, CloseReason.NoActionNeeded), cancellationToken);
                Closed[c.Id] = (person, now);
            }

            var holding = open.Count(c => person.IsSamePerson(c.ClaimedBy) && !Closed.ContainsKey(c.Id));
            foreach (var c in open.Where(c => c.State == CaseState.New && !arrivals[c.Id].Ignored).OrderBy(c => c.OpenedAt).ThenBy(c => c.Id.Value, StringComparer.Ordinal).Take(Math.Max(0, 3 - holding)).ToList())
            {
                if (await cases.ApplyAsync(c.Id, new Claim(person), cancellationToken) is not Transition.Accepted)
                {
                    continue;
                }

                open.Remove(c);
                if (LeavesItBehind(agent, now) is { } shiftEnd)
                {
                    LeftBehind[c.Id] = (agent, shiftEnd);
                }
                else if (arrivals[c.Id].NeedsApproval && now < ShiftTeam.Local(15))
                {
                    await cases.ApplyAsync(c.Id, new SaveDraft(person, "Pahoittelemme, selvitämme asian heti.", new DraftCheck(true, true)), cancellationToken);
                    await cases.ApplyAsync(c.Id, new SubmitForApproval(person), cancellationToken);
                    _submitted[c.Id] = now;
                }
            }
        }
    }

    private static IEnumerable<string> OnShift(DateTimeOffset now) =>
        now >= ShiftTeam.Local(8) && now < ShiftTeam.Local(16) ? [ShiftTeam.Aino, ShiftTeam.Bertil]
        : now >= ShiftTeam.Local(16) && now < ShiftTeam.Local(20) ? [ShiftTeam.Eveliina]
        : [];

    private static DateTimeOffset? LeavesItBehind(string agent, DateTimeOffset now) => agent switch
    {
        ShiftTeam.Aino when now >= ShiftTeam.Local(15, 30) => ShiftTeam.Local(16),
        ShiftTeam.Eveliina when now >= ShiftTeam.Local(19, 55) => ShiftTeam.Local(20),
        _ => null,
    };
}
