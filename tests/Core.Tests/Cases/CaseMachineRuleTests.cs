using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Cases;

public sealed class CaseMachineRuleTests
{
    private static readonly DateTimeOffset Later = CaseBuilder.T0.AddMinutes(30);

    private static Refusal Refused(Case c, CaseCommand command, DateTimeOffset? at = null) =>
        Assert.IsType<Transition.Refused>(CaseMachine.Apply(c, command, at ?? Later)).Reason;

    private static Transition.Accepted Accepted(Case c, CaseCommand command, DateTimeOffset? at = null) =>
        Assert.IsType<Transition.Accepted>(CaseMachine.Apply(c, command, at ?? Later));

    [Fact]
    public void Claim_HeldByAnother_SaysWhoHasIt()
    {
        var refusal = Refused(CaseBuilder.Claimed(by: People.Aino), new Claim(People.Bertil));

        Assert.Equal(new Refusal(RefusalCode.ClaimedByOther, "Aino Agent"), refusal);
    }

    [Fact]
    public void Approve_OwnDraft_RefusedEvenForAnApprover()
    {
        var submitted = CaseMachineFlows.SubmittedBy(People.Maija);

        Assert.Equal(RefusalCode.OwnDraft, Refused(submitted, new Approve(People.Maija)).Code);
    }

    [Fact]
    public void Approve_PersonWithoutApproverRole_Refused()
    {
        Assert.Equal(RefusalCode.NotApprover, Refused(CaseBuilder.AwaitingApproval(), new Approve(People.Bertil)).Code);
    }

    [Fact]
    public void Send_SensitiveCaseNotApproved_NeedsApprovalThenGoesOutOnceApproved()
    {
        var drafted = CaseBuilder.Drafted(CaseBuilder.New(sensitive: true));
        Assert.Equal(RefusalCode.NeedsApproval, Refused(drafted, new Send(People.Aino)).Code);

        var submitted = CaseBuilder.Step(drafted, new SubmitForApproval(People.Aino));
        var approved = Accepted(submitted, new Approve(People.Maija)).Next;
        var sending = Accepted(approved, new Send(People.Aino));

        Assert.Equal(CaseState.Sending, sending.Next.State);
        var enqueue = Assert.Single(sending.Effects.OfType<CaseEffect.EnqueueSend>());
        Assert.Equal((sending.Next.Pending!.AttemptId, SocialActionKind.ReplyPublic), (enqueue.AttemptId, enqueue.Kind));
    }

    [Fact]
    public void Send_DraftTheToneCheckBlocks_NeedsApproval()
    {
        var drafted = CaseBuilder.Drafted(text: "ETTE TE OSAA LUKEA!!!", check: new DraftCheck(NeedsApproval: true, CanSend: true));

        Assert.Equal(RefusalCode.NeedsApproval, Refused(drafted, new Send(People.Aino)).Code);
    }

    [Fact]
    public void Send_DraftOverTheLengthLimit_CannotBeSentNorApprovedAsIs()
    {
        var tooLong = new DraftCheck(NeedsApproval: false, CanSend: false);
        var drafted = CaseBuilder.Drafted(text: new string('a', 300), check: tooLong);

        Assert.Equal(RefusalCode.CannotBeSent, Refused(drafted, new Send(People.Aino)).Code);
        var submitted = CaseBuilder.Step(drafted, new SubmitForApproval(People.Aino));
        Assert.Equal(RefusalCode.CannotBeSent, Refused(submitted, new Approve(People.Maija)).Code);
    }

    [Fact]
    public void Send_CustomerWroteAfterTheDraftWasSaved_RefusedUntilTheDrafterSavesAgain()
    {
        var drafted = CaseBuilder.Drafted();
        var followUp = new FollowUp(new MentionKey(Network.X, "acct-nordlink", "1002"), "Ja nyt ei toimi mikään", drafted.Draft!.SavedAt.AddMinutes(1));
        var withFollowUp = CaseBuilder.Step(drafted, new Reopen(Actor.System, Later.AddHours(1), followUp));

        Assert.Equal(RefusalCode.CustomerWroteAgain, Refused(withFollowUp, new Send(People.Aino)).Code);

        var resaved = CaseBuilder.Step(withFollowUp, new SaveDraft(People.Aino, "Pahoittelut, katsomme molemmat viestit.", DraftCheck.Clean), Later);
        Assert.Equal(CaseState.Sending, Accepted(resaved, new Send(People.Aino)).Next.State);
    }

    [Fact]
    public void Send_PrivateMessageAfterTheMetaWindow_Refused()
    {
        var dm = CaseBuilder.Drafted(CaseBuilder.New(mention: CaseBuilder.Mention(network: Network.Facebook, isPrivate: true)));

        Assert.Equal(dm.Mention.CreatedAt.AddHours(24), dm.ReplyWindowClosesAt);
        Assert.Equal(RefusalCode.ReplyWindowClosed, Refused(dm, new Send(People.Aino), dm.Mention.CreatedAt.AddHours(25)).Code);
        Assert.Equal(SocialActionKind.ReplyPrivate, Accepted(dm, new Send(People.Aino), dm.Mention.CreatedAt.AddHours(23)).Next.Pending!.Kind);
    }

    [Fact]
    public void Open_PrivateMessageWithHumanAgentTag_HasSevenDays()
    {
        var mention = CaseBuilder.Mention(network: Network.Instagram, isPrivate: true);
        var dm = Case.Open(new CaseId("c1"), mention, CaseBuilder.Triage(), "triage", Later, CaseBuilder.T0, humanAgentTag: true);

        Assert.Equal(mention.CreatedAt.AddDays(7), dm.ReplyWindowClosesAt);
        Assert.Null(CaseBuilder.New().ReplyWindowClosesAt);
    }

    [Fact]
    public void Approve_WithEdit_IsAuditedWithBeforeAndAfter()
    {
        var submitted = CaseBuilder.AwaitingApproval();
        var accepted = Accepted(submitted, new Approve(People.Maija, "Pahoittelut häiriöstä! Korjaamme sen tänään.", DraftCheck.Clean));

        Assert.Equal("DraftEditedAndApproved", accepted.Audit.Event);
        Assert.Equal((submitted.Draft!.Text, "Pahoittelut häiriöstä! Korjaamme sen tänään."), (accepted.Audit.Before, accepted.Audit.After));
        Assert.True(accepted.Next.Draft!.EditedByApprover);
        Assert.Equal(People.Maija, accepted.Next.Draft.ApprovedBy);
        Assert.Equal(CaseState.Claimed, accepted.Next.State);
    }

    [Fact]
    public void Reject_WithoutComment_RefusedAndWithCommentGoesBackToTheDrafter()
    {
        var submitted = CaseBuilder.AwaitingApproval();
        Assert.Equal(RefusalCode.CommentRequired, Refused(submitted, new Reject(People.Maija, "  ")).Code);

        var rejected = Accepted(submitted, new Reject(People.Maija, "Lisää anteeksipyyntö"));
        Assert.Equal(("Lisää anteeksipyyntö", CaseState.Claimed, People.Aino), (rejected.Next.RejectionNote, rejected.Next.State, rejected.Next.ClaimedBy));
        Assert.Contains(new CaseEffect.NotifyDrafter(People.Aino, Approved: false), rejected.Effects);
    }

    [Fact]
    public void SaveDraft_AfterApproval_ClearsTheApproval()
    {
        var approved = Accepted(CaseBuilder.AwaitingApproval(CaseBuilder.New(sensitive: true)), new Approve(People.Maija)).Next;
        var edited = CaseBuilder.Step(approved, new SaveDraft(People.Aino, "Toinen teksti", DraftCheck.Clean));

        Assert.False(edited.Draft!.IsApproved);
        Assert.Equal(RefusalCode.NeedsApproval, Refused(edited, new Send(People.Aino)).Code);
    }

    [Fact]
    public void Apply_ClickFromAnOlderCard_IsStale()
    {
        var claimed = CaseBuilder.Claimed();

        Assert.Equal(RefusalCode.StaleCard, Refused(claimed, new Release(People.Aino) { SeenVersion = claimed.Version - 1 }).Code);
        Assert.IsType<Transition.Accepted>(CaseMachine.Apply(claimed, new Release(People.Aino) { SeenVersion = claimed.Version }, Later));
    }

    [Fact]
    public void MarkSent_TwiceOrForAnotherAttempt_IsRefusedSoTheReplyIsRecordedOnce()
    {
        var sending = CaseBuilder.Sending();
        var attempt = sending.Pending!.AttemptId;

        Assert.Equal(RefusalCode.UnknownAttempt, Refused(sending, new MarkSent(Actor.System, "other", "x", null)).Code);
        var sent = Accepted(sending, new MarkSent(Actor.System, attempt, "x-9", null)).Next;
        Assert.Equal(("x-9", Later), (sent.Reply!.ExternalId, sent.FirstRespondedAt));
        Assert.Equal(RefusalCode.UnknownAttempt, Refused(sent, new MarkSent(Actor.System, attempt, "x-9", null)).Code);
    }

    [Fact]
    public void MarkSent_ByAPersonWhileTheOutboxIsSending_Refused()
    {
        var sending = CaseBuilder.Sending();

        Assert.Equal(RefusalCode.NotInThisState, Refused(sending, new MarkSent(People.Aino, sending.Pending!.AttemptId, null, null)).Code);
    }

    [Fact]
    public void UnknownOutcome_WaitsForAPersonWhoConfirmsWhatTheyFound()
    {
        var unknown = CaseBuilder.SendUnknown();
        Assert.Equal(CaseState.SendUnknown, unknown.State);
        Assert.Equal(RefusalCode.AlreadyRecorded, Refused(unknown, new MarkSendFailed(Actor.System, unknown.Pending!.AttemptId, "again", Unknown: true)).Code);
        Assert.Equal(RefusalCode.ClaimedByOther, Refused(unknown, new MarkSent(People.Bertil, unknown.Pending.AttemptId, null, null)).Code);

        var confirmed = Accepted(unknown, new MarkSent(People.Aino, unknown.Pending.AttemptId, "x-5", null));
        Assert.Equal(CaseState.Sent, confirmed.Next.State);
    }

    [Fact]
    public void SendFailed_GoesBackToTheClaimerWithTheError()
    {
        var sending = CaseBuilder.Sending();
        var failed = Accepted(sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "403 duplicate content")).Next;

        Assert.Equal((CaseState.Claimed, People.Aino, "403 duplicate content"), (failed.State, failed.ClaimedBy, failed.LastError));
        Assert.Null(failed.Pending);
        Assert.NotNull(failed.Draft);
    }

    [Fact]
    public void FollowUp_JoinsAnOpenCaseOnceAndReopensAnAnsweredOne()
    {
        var key = new MentionKey(Network.X, "acct-nordlink", "2002");
        var followUp = new FollowUp(key, "Vieläkin poikki", Later);
        var open = CaseBuilder.Claimed();

        var joined = Accepted(open, new Reopen(Actor.System, Later.AddHours(1), followUp)).Next;
        Assert.Equal((CaseState.Claimed, Later), (joined.State, joined.LastCustomerMessageAt));
        Assert.Equal(RefusalCode.AlreadyRecorded, Refused(joined, new Reopen(Actor.System, Later.AddHours(1), followUp)).Code);

        var reopened = Accepted(CaseBuilder.Sent(), new Reopen(Actor.System, Later.AddHours(1), followUp)).Next;
        Assert.Equal(CaseState.New, reopened.State);
        Assert.Null(reopened.ClaimedBy);
        Assert.NotNull(reopened.Reply);
        Assert.Equal((Later.AddHours(1), Later), (reopened.DueAt, reopened.SlaStartedAt));
    }

    [Fact]
    public void Moderate_ActionTheNetworkLacks_RefusedBeforeAnyCall()
    {
        Assert.Equal(RefusalCode.NotSupportedByNetwork, Refused(CaseBuilder.New(), new Moderate(People.Aino, SocialActionKind.Like)).Code);
        Assert.Equal(RefusalCode.NotSupportedByNetwork, Refused(CaseBuilder.New(), new Moderate(People.Aino, SocialActionKind.ReplyPublic)).Code);
    }

    [Fact]
    public void Moderate_LikeOnFacebook_ClosesAsAcknowledgedOnceDone()
    {
        var praise = CaseBuilder.New(mention: CaseBuilder.Mention(network: Network.Facebook));
        var liking = Accepted(praise, new Moderate(People.Bertil, SocialActionKind.Like)).Next;
        Assert.Equal((CaseState.Sending, People.Bertil), (liking.State, liking.ClaimedBy));

        var done = Accepted(liking, new MarkSent(Actor.System, liking.Pending!.AttemptId, null, null)).Next;
        Assert.Equal((CaseState.Closed, CloseReason.Acknowledged, People.Bertil), (done.State, done.ClosedReason, done.ClosedBy));
    }

    [Fact]
    public void Close_HeldByAnother_RefusedUnlessAManagerCloses()
    {
        var claimed = CaseBuilder.Claimed(by: People.Aino);

        Assert.Equal(RefusalCode.ClaimedByOther, Refused(claimed, new Close(People.Bertil, CloseReason.Spam)).Code);
        Assert.Equal(CloseReason.Spam, Accepted(claimed, new Close(People.Maija, CloseReason.Spam)).Next.ClosedReason);
    }

    [Fact]
    public void MarkOriginalDeleted_IsShownAndRecordedOnce()
    {
        var deleted = Accepted(CaseBuilder.Claimed(), new MarkOriginalDeleted(Actor.System, Later)).Next;

        Assert.Equal(Later, deleted.OriginalDeletedAt);
        Assert.Equal(RefusalCode.AlreadyRecorded, Refused(deleted, new MarkOriginalDeleted(Actor.System, Later)).Code);
    }
}
