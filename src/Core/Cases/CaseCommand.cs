using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

/// <summary>
/// Something a person or the system asks of a case. <see cref="SeenVersion"/> is the case
/// version the person's card showed: a click from an older card is refused as stale.
/// </summary>
public abstract record CaseCommand(Actor Actor)
{
    public long? SeenVersion { get; init; }

    /// <summary>The audit event's name, in the past tense.</summary>
    public abstract string AuditEvent { get; }
}

public sealed record Claim(Actor Actor) : CaseCommand(Actor)
{
    public override string AuditEvent => "CaseClaimed";
}

public sealed record Release(Actor Actor, string? Reason = null) : CaseCommand(Actor)
{
    public override string AuditEvent => "CaseReleased";
}

public sealed record SaveDraft(Actor Actor, string Text, DraftCheck Check) : CaseCommand(Actor)
{
    public override string AuditEvent => "DraftSaved";
}

public sealed record SubmitForApproval(Actor Actor) : CaseCommand(Actor)
{
    public override string AuditEvent => "DraftSubmitted";
}

/// <summary>Approve as is, or — with <paramref name="EditedText"/> — edit and approve (the edit is audited).</summary>
public sealed record Approve(Actor Actor, string? EditedText = null, DraftCheck? EditedCheck = null) : CaseCommand(Actor)
{
    public override string AuditEvent => EditedText is null ? "DraftApproved" : "DraftEditedAndApproved";
}

public sealed record Reject(Actor Actor, string Comment) : CaseCommand(Actor)
{
    public override string AuditEvent => "DraftRejected";
}

/// <summary>Send the draft as the reply (privately when the mention was private).</summary>
public sealed record Send(Actor Actor) : CaseCommand(Actor)
{
    public override string AuditEvent => "SendRequested";
}

/// <summary>Hide, delete, block or like on the network; the case closes once it is done.</summary>
public sealed record Moderate(Actor Actor, SocialActionKind Action) : CaseCommand(Actor)
{
    public override string AuditEvent => "ModerationRequested";
}

public sealed record MarkSent(Actor Actor, string AttemptId, string? ExternalId, Uri? Permalink) : CaseCommand(Actor)
{
    public override string AuditEvent => "ActionCompleted";
}

/// <summary>
/// The attempt did not go out (<paramref name="Unknown"/> false): back to the claimer with the
/// error. Or it may have gone out (<paramref name="Unknown"/> true): a person must check.
/// </summary>
public sealed record MarkSendFailed(Actor Actor, string AttemptId, string Error, bool Unknown = false) : CaseCommand(Actor)
{
    /// <summary>The stable code the card shows in the reader's language; <see cref="Error"/> stays as neutral English for the audit.</summary>
    public ActionProblem? Problem { get; init; }

    public override string AuditEvent => Unknown ? "ActionOutcomeUnknown" : "ActionFailed";
}

public sealed record Close(Actor Actor, CloseReason Reason) : CaseCommand(Actor)
{
    public override string AuditEvent => "CaseClosed";
}

/// <summary>
/// The customer wrote again in the same conversation. It joins an open case (and stops a send
/// of a draft saved before it); on an answered or closed case it reopens it, and the SLA clock
/// restarts with <paramref name="DueAt"/> — computed by the caller on the business-time clock
/// (Policies.SlaClock), because service hours are not the case's to know. With no
/// <paramref name="FollowUp"/>, a person reopens by hand.
/// </summary>
public sealed record Reopen(Actor Actor, DateTimeOffset DueAt, FollowUp? FollowUp = null) : CaseCommand(Actor)
{
    public override string AuditEvent => FollowUp is null ? "CaseReopened" : "CustomerFollowedUp";
}

public sealed record Reassign(Actor Actor, Actor To) : CaseCommand(Actor)
{
    public override string AuditEvent => "CaseReassigned";
}

public sealed record AddNote(Actor Actor, string Text) : CaseCommand(Actor)
{
    public override string AuditEvent => "NoteAdded";
}

/// <summary>The author deleted the original on the network.</summary>
public sealed record MarkOriginalDeleted(Actor Actor, DateTimeOffset DeletedAt) : CaseCommand(Actor)
{
    public override string AuditEvent => "OriginalDeleted";
}

/// <summary>
/// During a crisis the system shows a new, unclaimed case in the crisis group's card instead of
/// its own (DESIGN.md rule 10). A claim takes it out again.
/// </summary>
public sealed record JoinGroup(Actor Actor, string GroupId) : CaseCommand(Actor)
{
    public override string AuditEvent => "CaseGrouped";
}

/// <summary>
/// The crisis fan-out answers a grouped case with the group's approved statement: the reply goes
/// out through the outbox like any send (one attempt id, at most once). Only a case still waiting
/// in <paramref name="GroupId"/> is answered; one claimed out keeps its own flow.
/// </summary>
public sealed record AnswerWithStatement(Actor Actor, string GroupId, string StatementId, string Text) : CaseCommand(Actor)
{
    public override string AuditEvent => "StatementSendRequested";
}
