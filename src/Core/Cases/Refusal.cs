namespace SomeTeams.Core.Cases;

/// <summary>Why a command was refused; a card shows it localised. A refusal is normal, never an exception.</summary>
public enum RefusalCode
{
    /// <summary>The command does not apply in the case's state (e.g. approving a case nobody submitted).</summary>
    NotInThisState,

    /// <summary>Somebody else holds the case; <see cref="Refusal.Who"/> says who.</summary>
    ClaimedByOther,

    AlreadyYours,
    NotClaimer,
    NoDraft,
    EmptyText,
    NeedsApproval,
    CannotBeSent,
    OwnDraft,
    NotApprover,
    NotManager,
    CommentRequired,

    /// <summary>The customer wrote again after the draft was saved: the drafter must look first.</summary>
    CustomerWroteAgain,

    ReplyWindowClosed,
    NotSupportedByNetwork,

    /// <summary>The click came from an older card; the card is re-rendered instead of acting twice.</summary>
    StaleCard,

    /// <summary>A send outcome for an attempt the case is not waiting for (a duplicate or late message).</summary>
    UnknownAttempt,

    AlreadyRecorded,
}

public sealed record Refusal(RefusalCode Code, string? Who = null);
