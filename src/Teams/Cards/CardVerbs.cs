using System.Collections.Frozen;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The verbs of the case card's Action.Execute buttons. Every action's data carries
/// <see cref="CardInputs.CaseId"/> and <see cref="CardInputs.Version"/> (the case version the
/// card showed, so a click from an older card is refused as stale) and, merged in by Teams, the
/// inputs named in <see cref="CardInputs"/>.
/// </summary>
public static class CardVerbs
{
    /// <summary>The card's own refresh (trigger "automatic"): render the viewer's view, change nothing.</summary>
    public const string Refresh = "refresh";

    public const string Claim = "claim";
    public const string Release = "release";

    /// <summary>Saves <see cref="CardInputs.DraftText"/>.</summary>
    public const string SaveDraft = "saveDraft";

    /// <summary>Puts template <see cref="CardInputs.TemplateId"/> into the draft.</summary>
    public const string ApplyTemplate = "applyTemplate";

    public const string Submit = "submit";
    public const string Approve = "approve";

    /// <summary>Approves <see cref="CardInputs.EditedText"/> instead of the draft (the edit is audited).</summary>
    public const string EditAndApprove = "editAndApprove";

    /// <summary>Rejects with <see cref="CardInputs.RejectComment"/> (required).</summary>
    public const string Reject = "reject";

    /// <summary>
    /// Sends the saved draft. Teams merges the editor's <see cref="CardInputs.DraftText"/> in too:
    /// if it differs from the saved draft, the person changed it after saving.
    /// </summary>
    public const string Send = "send";

    /// <summary>Likes the item on the network; the case closes as acknowledged.</summary>
    public const string Like = "like";

    /// <summary>One tap for praise: a short thank-you reply in the customer's language.</summary>
    public const string Thank = "thank";

    /// <summary>Closes with <see cref="CardInputs.CloseReason"/> (a <c>CloseReason</c> name).</summary>
    public const string Close = "close";

    public const string Hide = "hide";
    public const string Delete = "delete";
    public const string Block = "block";

    /// <summary>Hands the case to <see cref="CardInputs.Assignee"/> (an Entra object id).</summary>
    public const string Reassign = "reassign";

    /// <summary>Adds <see cref="CardInputs.NoteText"/> as an internal note.</summary>
    public const string Note = "note";

    /// <summary>A person checked the network: it was sent (optional <see cref="CardInputs.ReplyUrl"/>).</summary>
    public const string ConfirmSent = "confirmSent";

    /// <summary>A person checked the network: it was not sent; the case goes back to its holder.</summary>
    public const string ConfirmNotSent = "confirmNotSent";

    /// <summary>Reopens an answered or closed case by hand.</summary>
    public const string Reopen = "reopen";

    /// <summary>Puts a suggested reply into the claimer's editor; nothing is saved until the claimer saves.</summary>
    public const string Suggest = "suggest";

    public static FrozenSet<string> All { get; } = new[]
    {
        Refresh, Claim, Release, SaveDraft, ApplyTemplate, Submit, Approve, EditAndApprove, Reject, Send,
        Like, Thank, Close, Hide, Delete, Block, Reassign, Note, ConfirmSent, ConfirmNotSent, Reopen,
        Suggest,
    }.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>Names of the fields in an action's data: the fixed ones and the card's input ids.</summary>
public static class CardInputs
{
    public const string CaseId = "caseId";
    public const string Version = "version";
    public const string DraftText = "draftText";
    public const string TemplateId = "templateId";
    public const string EditedText = "editedText";
    public const string RejectComment = "rejectComment";
    public const string CloseReason = "closeReason";
    public const string Assignee = "assignee";
    public const string NoteText = "noteText";
    public const string ReplyUrl = "replyUrl";
}
