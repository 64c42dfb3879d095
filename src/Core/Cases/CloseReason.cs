namespace SomeTeams.Core.Cases;

/// <summary>Why a case was closed without a reply. Each is an audited, human "answer" (DESIGN.md rule 2).</summary>
public enum CloseReason
{
    NoActionNeeded,
    Duplicate,
    Spam,
    Moderated,
    MovedToPrivate,

    /// <summary>Answered with a like (one tap for praise).</summary>
    Acknowledged,
}
