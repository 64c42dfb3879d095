namespace SomeTeams.Teams.Cards;

/// <summary>
/// Keys of the card texts. Fixed texts are constants; the names of Core's enum values
/// (states, topics, refusal codes…) are keyed "Type.Value" through <see cref="Of"/>.
/// Placeholders are composite-format {0}, {1}; every language has every key.
/// </summary>
public static class CardText
{
    public const string TimeFormat = nameof(TimeFormat);
    public const string DateTimeFormat = nameof(DateTimeFormat);
    public const string Minutes = nameof(Minutes);
    public const string HoursMinutes = nameof(HoursMinutes);
    public const string DaysHours = nameof(DaysHours);

    public const string Header = nameof(Header);
    public const string OpenOnNetwork = nameof(OpenOnNetwork);
    public const string Sensitive = nameof(Sensitive);
    public const string PersonalDataMasked = nameof(PersonalDataMasked);
    public const string LanguageOther = nameof(LanguageOther);

    /// <summary>The network a demo mention imitates, marked as demo.</summary>
    public const string ImitatedNetwork = nameof(ImitatedNetwork);

    public const string DueIn = nameof(DueIn);
    public const string Overdue = nameof(Overdue);
    public const string FirstResponse = nameof(FirstResponse);
    public const string ReplyWindowOpen = nameof(ReplyWindowOpen);
    public const string ReplyWindowPassed = nameof(ReplyWindowPassed);

    public const string ClaimedBy = nameof(ClaimedBy);
    public const string DraftBy = nameof(DraftBy);
    public const string ApprovedBy = nameof(ApprovedBy);
    public const string EditedAndApprovedBy = nameof(EditedAndApprovedBy);
    public const string PendingBy = nameof(PendingBy);
    public const string SentBy = nameof(SentBy);
    public const string ClosedBy = nameof(ClosedBy);
    public const string RejectedBy = nameof(RejectedBy);
    public const string LastError = nameof(LastError);
    public const string LastErrorWayBack = nameof(LastErrorWayBack);
    public const string OriginalDeleted = nameof(OriginalDeleted);
    public const string SendUnknownHelp = nameof(SendUnknownHelp);

    public const string FollowUps = nameof(FollowUps);
    public const string Notes = nameof(Notes);
    public const string LastNote = nameof(LastNote);
    public const string OurReply = nameof(OurReply);
    public const string OpenReply = nameof(OpenReply);
    public const string DraftForApproval = nameof(DraftForApproval);
    public const string WaitingForApprover = nameof(WaitingForApprover);

    public const string DraftLabel = nameof(DraftLabel);
    public const string DraftPlaceholder = nameof(DraftPlaceholder);
    public const string TemplateLabel = nameof(TemplateLabel);
    public const string ToneCheck = nameof(ToneCheck);
    public const string ToneClean = nameof(ToneClean);
    public const string NeedsApprovalHint = nameof(NeedsApprovalHint);
    public const string CannotBeSentHint = nameof(CannotBeSentHint);
    public const string CustomerWroteAgainHint = nameof(CustomerWroteAgainHint);
    public const string NoReplyOnNetwork = nameof(NoReplyOnNetwork);
    public const string ApprovedReadyHint = nameof(ApprovedReadyHint);

    public const string ActionClaim = nameof(ActionClaim);
    public const string ActionRelease = nameof(ActionRelease);
    public const string ActionSaveDraft = nameof(ActionSaveDraft);
    public const string ActionApplyTemplate = nameof(ActionApplyTemplate);
    public const string ActionSubmit = nameof(ActionSubmit);
    public const string ActionApprove = nameof(ActionApprove);
    public const string ActionEditAndApprove = nameof(ActionEditAndApprove);
    public const string ActionReject = nameof(ActionReject);
    public const string RejectCommentLabel = nameof(RejectCommentLabel);
    public const string RejectCommentRequired = nameof(RejectCommentRequired);
    public const string ActionSend = nameof(ActionSend);
    public const string ActionSendPrivate = nameof(ActionSendPrivate);
    public const string QuickAnswer = nameof(QuickAnswer);
    public const string ActionLike = nameof(ActionLike);
    public const string ActionThank = nameof(ActionThank);
    public const string ActionClose = nameof(ActionClose);
    public const string ActionCloseConfirm = nameof(ActionCloseConfirm);
    public const string CloseReasonLabel = nameof(CloseReasonLabel);
    public const string ActionModerate = nameof(ActionModerate);
    public const string ActionHide = nameof(ActionHide);
    public const string ActionDelete = nameof(ActionDelete);
    public const string ActionBlock = nameof(ActionBlock);
    public const string HideHelp = nameof(HideHelp);
    public const string DeleteHelp = nameof(DeleteHelp);
    public const string BlockHelp = nameof(BlockHelp);
    public const string LikeHelp = nameof(LikeHelp);
    public const string ActionReassign = nameof(ActionReassign);
    public const string ActionReassignConfirm = nameof(ActionReassignConfirm);
    public const string AssigneeLabel = nameof(AssigneeLabel);
    public const string ActionNote = nameof(ActionNote);
    public const string ActionNoteSave = nameof(ActionNoteSave);
    public const string NoteLabel = nameof(NoteLabel);
    public const string ActionConfirmSent = nameof(ActionConfirmSent);
    public const string ActionConfirmNotSent = nameof(ActionConfirmNotSent);
    public const string ReplyUrlLabel = nameof(ReplyUrlLabel);
    public const string ActionReopen = nameof(ActionReopen);

    /// <summary>The key of an enum value's name, e.g. "CaseState.AwaitingApproval".</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => $"{typeof(T).Name}.{value}";

    /// <summary>A refusal's text when it names a person (only some codes have one).</summary>
    public static string WithWho(Core.Cases.RefusalCode code) => $"{Of(code)}.Who";
}
