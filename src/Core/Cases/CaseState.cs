namespace SomeTeams.Core.Cases;

/// <summary>Where a case is in its life (DESIGN.md "A case and its life").</summary>
public enum CaseState
{
    /// <summary>Arrived, nobody has it.</summary>
    New,

    /// <summary>One person has it and drafts.</summary>
    Claimed,

    /// <summary>A draft waits for an approver.</summary>
    AwaitingApproval,

    /// <summary>A reply or moderation is queued for the network.</summary>
    Sending,

    /// <summary>
    /// The network call may or may not have happened (a crash or timeout after the request
    /// left). Nothing is resent on its own: a person checks the network and says which.
    /// </summary>
    SendUnknown,

    /// <summary>Answered on the network.</summary>
    Sent,

    /// <summary>Done without a reply: no action needed, duplicate, spam, moderated, moved to private.</summary>
    Closed,
}
