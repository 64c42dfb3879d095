using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Crisis;

/// <summary>
/// The one answer a crisis group gets: drafted by a person, approved by another (count to
/// three), then sent to every case still waiting in the group. A new revision clears the
/// submission, so what goes out is exactly what was approved.
/// </summary>
public sealed record CrisisStatement
{
    public required string CrisisId { get; init; }
    public required int Revision { get; init; }
    public required string Text { get; init; }
    public required Actor Author { get; init; }
    public required DateTimeOffset DraftedAt { get; init; }

    /// <summary>The tone check's verdict for the strictest network in the group: false when it may never go out.</summary>
    public required bool CanSend { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }
    public Actor? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>The id the cases' audit records for the send: the crisis and the revision approved.</summary>
    public string Id => $"{CrisisId}/r{Revision}";

    public StatementStage Stage => ApprovedBy is not null ? StatementStage.Approved
        : SubmittedAt is not null ? StatementStage.AwaitingApproval
        : StatementStage.Drafted;
}

public enum StatementStage
{
    Drafted,
    AwaitingApproval,
    Approved,
}
