using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards.Handover;

/// <summary>Why a case is in the handover digest; a case may be several of these at once.</summary>
[Flags]
public enum HandoverReasons
{
    None = 0,
    Arrived = 1,
    Unclaimed = 2,
    AwaitingApproval = 4,
    NearSla = 8,
    PastSla = 16,
}

/// <summary>One open case in the digest and why it is there.</summary>
public sealed record HandoverItem(Case Case, HandoverReasons Flags);

/// <summary>A note the outgoing shift wrote on a case (the card's note action) since the last handover.</summary>
public sealed record HandoverNote(CaseId Case, string Network, CaseNote Note);

/// <summary>
/// What the incoming shift is handed at <paramref name="At"/>: the open cases that matter, the
/// notes written since <paramref name="Since"/> (the last handover).
/// </summary>
public sealed record HandoverDigest(DateTimeOffset At, DateTimeOffset Since, IReadOnlyList<HandoverItem> Items, IReadOnlyList<HandoverNote> Notes)
{
    public int Count(HandoverReasons flag) => Items.Count(i => i.Flags.HasFlag(flag));
}
