using SomeTeams.Core.Mentions;

namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>One mention shown on a crisis or grouped card: its case, the case version the card shows, network and text (masked when drawn).</summary>
public sealed record CrisisSample(string CaseId, long Version, Network Network, string Text);

/// <summary>What a grouped card shows: the crisis, how many cases it holds and how many were claimed out, the latest still in it.</summary>
public sealed record GroupSummary(Core.Crisis.CrisisPeriod Period, int Grouped, int ClaimedOut, IReadOnlyList<CrisisSample> Latest, GroupStatement? Statement = null)
{
    /// <summary>What the card shows, as a short fingerprint: a timer repaints only when it changes.</summary>
    public string Shows => $"{(Period.IsActive ? "active" : "ended")}:{Grouped}:{ClaimedOut}:{string.Join(',', Latest.Select(s => s.CaseId))}:{Statement?.Shows}";
}
