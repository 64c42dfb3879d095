namespace SomeTeams.Core.Mentions;

/// <summary>
/// Why a reply or moderation did not go out, as a stable code: the case stores it and the card
/// shows its text in the reader's language (the English reason next to it is for logs and the
/// audit trail only). Stored by name, so a value is never renamed.
/// </summary>
public enum ActionProblem
{
    // Refused before any call: the account or the item rules it out.
    AccountDisabled,
    AccountNotConfigured,
    WrongNetwork,
    NotSupported,
    EmptyReply,
    TooLong,
    PrivateOnly,
    NotSummoned,
    BlockNotAvailable,
    LikeNotAvailable,
    HideNotAvailable,
    HideOnlyInOwnThreads,
    UnhideOnNetwork,
    DeleteOnlyOwn,
    NoPrivateMessages,
    MessagingWindowClosed,
    HumanAgentWindowClosed,
    PrivateReplyWindowClosed,
    AuthorUnknown,
    PrivateNeedsFirstMessage,
    OnlyOwnMediaModerated,
    HiddenRepliesFull,
    ReadOnlySource,

    // The network answered with an error; nothing was published.
    AuthExpired,
    QuotaExhausted,
    RateLimited,
    ItemGone,
    Duplicate,
    PermissionMissing,
    Abusive,
    PersonUnavailable,
    Rejected,
    Unavailable,

    // The outcome is not known: a person checks on the network.
    OutcomeUnknown,
    ConfirmedNotSent,
}
