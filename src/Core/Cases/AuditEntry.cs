namespace SomeTeams.Core.Cases;

/// <summary>
/// One transition as the audit trail keeps it: who, when, what, before and after. Written in
/// the same transaction as the case, keyed by the version it produced, so it exists once.
/// <paramref name="Before"/>/<paramref name="After"/> carry an approver's edit of a draft.
/// </summary>
public sealed record AuditEntry(
    CaseId CaseId,
    long Version,
    DateTimeOffset At,
    Actor Actor,
    string Event,
    CaseState From,
    CaseState To,
    string? Detail = null,
    string? Before = null,
    string? After = null);
