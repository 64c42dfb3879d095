namespace SomeTeams.Core.Cases;

/// <summary>
/// The reply being written. An approval belongs to one revision: saving a new revision
/// clears it, so what goes out is exactly what was approved.
/// </summary>
public sealed record Draft(
    string Text,
    int Revision,
    Actor Author,
    DateTimeOffset SavedAt,
    DraftCheck Check,
    Actor? ApprovedBy = null,
    DateTimeOffset? ApprovedAt = null,
    bool EditedByApprover = false)
{
    public bool IsApproved => ApprovedBy is not null;
}
