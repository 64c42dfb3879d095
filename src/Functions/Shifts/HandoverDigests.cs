using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Teams.Cards.Handover;

namespace SomeTeams.Functions.Shifts;

/// <summary>
/// Which open cases the incoming shift must see and why: arrived since the last handover, still
/// unclaimed, awaiting approval, near (80 %) or past the response target on the business clock.
/// A claimed case that is none of these is the holder's business and stays out. Notes are those
/// people wrote on open cases since the last handover (the card's note action is how a shift
/// writes its handover notes); the system's own notes are left out.
/// </summary>
public static class HandoverDigests
{
    public static HandoverDigest Build(IEnumerable<Case> open, SlaClock sla, DateTimeOffset at, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(sla);
        var items = new List<HandoverItem>();
        var notes = new List<HandoverNote>();
        foreach (var c in open.Where(c => c.IsOpen))
        {
            var reasons = HandoverReasons.None;
            if (c.OpenedAt >= since)
            {
                reasons |= HandoverReasons.Arrived;
            }

            reasons |= c.State switch
            {
                CaseState.New => HandoverReasons.Unclaimed,
                CaseState.AwaitingApproval => HandoverReasons.AwaitingApproval,
                _ => HandoverReasons.None,
            };
            if (c.FirstRespondedAt is null || c.FirstRespondedAt < c.SlaStartedAt)
            {
                reasons |= sla.Thresholds(c.SlaStartedAt, c.DueAt).ReachedAt(at) switch
                {
                    SlaThreshold.Breached => HandoverReasons.PastSla,
                    SlaThreshold.EightyPercent => HandoverReasons.NearSla,
                    _ => HandoverReasons.None,
                };
            }

            if (reasons != HandoverReasons.None)
            {
                items.Add(new HandoverItem(c, reasons));
            }

            notes.AddRange(c.Notes.Where(n => n.At >= since && n.At <= at && !n.Author.Is(ActorRoles.System))
                .Select(n => new HandoverNote(c.Id, c.Mention.Network.ToString(), n)));
        }

        return new HandoverDigest(at, since, items, notes);
    }
}
