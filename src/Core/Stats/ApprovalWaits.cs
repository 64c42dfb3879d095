using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Stats;

/// <summary>The approval waits of one case, read from its audit trail: each decided wait's length, and whether one is still open.</summary>
internal sealed record ApprovalWaits(IReadOnlyList<TimeSpan> Decided, int Pending)
{
    private static readonly HashSet<string> Decisions = new(StringComparer.Ordinal) { "DraftApproved", "DraftEditedAndApproved", "DraftRejected" };

    public static ApprovalWaits Of(IEnumerable<AuditEntry> audit)
    {
        var decided = new List<TimeSpan>();
        DateTimeOffset? submitted = null;
        foreach (var entry in audit.OrderBy(e => e.Version))
        {
            if (entry.To == CaseState.AwaitingApproval && entry.From != CaseState.AwaitingApproval)
            {
                submitted = entry.At;
            }
            else if (submitted is { } since && entry.From == CaseState.AwaitingApproval && entry.To != CaseState.AwaitingApproval)
            {
                if (Decisions.Contains(entry.Event))
                {
                    decided.Add(entry.At - since);
                }
                submitted = null;
            }
        }
        return new ApprovalWaits(decided, submitted is null ? 0 : 1);
    }
}
