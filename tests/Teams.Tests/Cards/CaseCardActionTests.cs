using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;
using V = SomeTeams.Teams.Cards.CardVerbs;
using static SomeTeams.Teams.Tests.Cards.CardFixtures;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>The buttons follow CaseMachine: a card never offers what the machine would refuse this person.</summary>
public sealed class CaseCardActionTests
{
    private static List<string> VerbsFor(Case c, Actor viewer, CardContext? context = null) =>
        CardQuery.Verbs(CaseCard.Render(c, CardViewer.For(c, viewer), context ?? Context("en-US")));

    [Fact]
    public void NewOnX_Anyone_ClaimCloseHideNoteButNoLikeOrBlock()
    {
        var verbs = VerbsFor(Open(), People.Bertil);

        Assert.Superset(new HashSet<string> { V.Claim, V.Close, V.Hide, V.Note }, verbs.ToHashSet());
        Assert.DoesNotContain(V.Like, verbs);
        Assert.DoesNotContain(V.Block, verbs);
        Assert.DoesNotContain(V.Delete, verbs);
        Assert.DoesNotContain(V.Reassign, verbs);
        Assert.DoesNotContain(V.Send, verbs);
    }

    [Fact]
    public void NewPraiseOnFacebook_Anyone_OneTapLikeAndThankAndFullModeration()
    {
        var praise = Open(Mention(Network.Facebook), Triage(sentiment: Sentiment.Positive, topic: Topic.Praise));

        var verbs = VerbsFor(praise, People.Bertil);

        Assert.Superset(new HashSet<string> { V.Claim, V.Like, V.Thank, V.Hide, V.Delete, V.Block }, verbs.ToHashSet());
    }

    [Fact]
    public void NewPraise_Sensitive_NoOneTapAnswer()
    {
        var sensitivePraise = Open(Mention(Network.Facebook), Triage(sensitive: true, sentiment: Sentiment.Positive, topic: Topic.Praise));

        Assert.DoesNotContain(V.Thank, VerbsFor(sensitivePraise, People.Bertil));
    }

    [Fact]
    public void New_Manager_MayHandItOut() =>
        Assert.Contains(V.Reassign, VerbsFor(Open(), People.Maija));

    [Fact]
    public void Claimed_AnotherAgent_OnlyANote() =>
        Assert.Equal([V.Note], VerbsFor(InState(CaseState.Claimed), People.Bertil));

    [Fact]
    public void Claimed_Manager_SupervisesButDoesNotDraftOrSend()
    {
        var verbs = VerbsFor(InState(CaseState.Claimed), People.Maija);

        Assert.Superset(new HashSet<string> { V.Release, V.Close, V.Hide, V.Reassign, V.Note }, verbs.ToHashSet());
        Assert.DoesNotContain(V.SaveDraft, verbs);
        Assert.DoesNotContain(V.Send, verbs);
        Assert.DoesNotContain(V.Claim, verbs);
    }

    [Fact]
    public void Claimed_ClaimerWithACleanDraft_MaySaveAndSendButNeedNotSubmit()
    {
        var verbs = VerbsFor(InState(CaseState.Claimed), People.Aino);

        Assert.Superset(new HashSet<string> { V.SaveDraft, V.ApplyTemplate, V.Send, V.Release, V.Close }, verbs.ToHashSet());
        Assert.DoesNotContain(V.Submit, verbs);
    }

    [Fact]
    public void SensitiveDraft_NotApproved_SubmitButNoSend()
    {
        var c = Drafted(Open(triage: Triage(sensitive: true)));

        var verbs = VerbsFor(c, People.Aino);

        Assert.Contains(V.Submit, verbs);
        Assert.DoesNotContain(V.Send, verbs);
    }

    [Fact]
    public void SensitiveDraft_Approved_SendButNoSubmit()
    {
        var approved = CaseBuilder.Step(InState(CaseState.AwaitingApproval), new Approve(People.Maija));

        var verbs = VerbsFor(approved, People.Aino);

        Assert.Contains(V.Send, verbs);
        Assert.DoesNotContain(V.Submit, verbs);
    }

    [Fact]
    public void DraftThatCannotBeSent_NeitherSendNorSubmit()
    {
        var verbs = VerbsFor(Drafted(check: new DraftCheck(NeedsApproval: true, CanSend: false)), People.Aino);

        Assert.DoesNotContain(V.Send, verbs);
        Assert.DoesNotContain(V.Submit, verbs);
        Assert.Contains(V.SaveDraft, verbs);
    }

    [Fact]
    public void CustomerWroteAfterTheDraft_NoSendUntilSavedAgain()
    {
        var followUp = new FollowUp(new MentionKey(Network.X, "acct-nordlink", "1002"), "Haloo?", T0.AddMinutes(7));
        var c = CaseBuilder.Step(Drafted(), new Reopen(Actor.System, T0.AddHours(2), followUp), T0.AddMinutes(7));

        var card = CaseCard.Render(c, CardViewer.For(c, People.Aino), Context("en-US"));

        Assert.DoesNotContain(V.Send, CardQuery.Verbs(card));
        Assert.Contains(CardTexts.For(CardLanguage.En)[CardText.CustomerWroteAgainHint], CardQuery.TextBlocks(card));
    }

    [Fact]
    public void PrivateMessageAfterTheReplyWindow_NoSend()
    {
        var c = Drafted(Open(Mention(Network.Facebook, isPrivate: true)));

        Assert.Contains(V.Send, VerbsFor(c, People.Aino));
        Assert.DoesNotContain(V.Send, VerbsFor(c, People.Aino, Context("en-US") with { Now = T0.AddHours(25) }));
    }

    [Fact]
    public void AwaitingApproval_Approver_ApproveEditOrReject()
    {
        var verbs = VerbsFor(InState(CaseState.AwaitingApproval), People.Maija);

        Assert.Superset(new HashSet<string> { V.Approve, V.EditAndApprove, V.Reject }, verbs.ToHashSet());
    }

    [Fact]
    public void AwaitingApproval_DraftThatCannotBeSent_OnlyEditOrReject()
    {
        var submitted = CaseBuilder.Step(Drafted(Open(triage: Triage(sensitive: true)), new DraftCheck(NeedsApproval: true, CanSend: false)), new SubmitForApproval(People.Aino));

        var verbs = VerbsFor(submitted, People.Maija);

        Assert.DoesNotContain(V.Approve, verbs);
        Assert.Contains(V.EditAndApprove, verbs);
        Assert.Contains(V.Reject, verbs);
    }

    [Fact]
    public void AwaitingApproval_TheDrafter_CannotApprove()
    {
        var verbs = VerbsFor(InState(CaseState.AwaitingApproval), People.Aino);

        Assert.DoesNotContain(V.Approve, verbs);
        Assert.DoesNotContain(V.Reject, verbs);
        Assert.DoesNotContain(V.SaveDraft, verbs);
    }

    [Fact]
    public void AwaitingApproval_ApproverWhoWroteTheDraft_CannotApprove()
    {
        var own = CaseBuilder.Step(CaseBuilder.Step(CaseBuilder.Step(Open(triage: Triage(sensitive: true)), new Claim(People.Maija)), new SaveDraft(People.Maija, "Korjaamme.", DraftCheck.Clean)), new SubmitForApproval(People.Maija));

        Assert.DoesNotContain(V.Approve, VerbsFor(own, People.Maija));
    }

    [Theory]
    [InlineData("aad-aino", true)]
    [InlineData("aad-maija", true)]
    [InlineData("aad-bertil", false)]
    public void SendUnknown_HolderOrManager_ConfirmsWhatTheyFound(string viewerId, bool offered)
    {
        var viewer = new[] { People.Aino, People.Maija, People.Bertil }.Single(p => p.Id == viewerId);

        var verbs = VerbsFor(InState(CaseState.SendUnknown), viewer);

        Assert.Equal(offered, verbs.Contains(V.ConfirmSent) && verbs.Contains(V.ConfirmNotSent));
    }

    [Theory]
    [InlineData(CaseState.Sent)]
    [InlineData(CaseState.Closed)]
    public void Finished_Anyone_MayReopenOrNote(CaseState state) =>
        Assert.Equal([V.Reopen, V.Note], VerbsFor(InState(state), People.Bertil));

    [Fact]
    public void Sending_Anyone_OnlyANote() =>
        Assert.Equal([V.Note], VerbsFor(InState(CaseState.Sending), People.Aino));

    [Theory]
    [MemberData(nameof(States))]
    public void ChannelCard_EveryState_HoldsNothingOnlyTheHolderOrAnApproverMayUse(CaseState state)
    {
        var c = InState(state);

        var card = CaseCard.Render(c, CardViewer.Channel, Context("en-US"));

        Assert.Empty(CardQuery.Verbs(card).Intersect([V.SaveDraft, V.Submit, V.Send, V.Approve, V.EditAndApprove, V.Reject, V.Release, V.Reassign, V.ConfirmSent, V.ConfirmNotSent]));
        Assert.DoesNotContain(CardQuery.Objects(card), o => (string?)o["id"] is CardInputs.DraftText or CardInputs.EditedText);
    }

    public static TheoryData<CaseState> States => [.. Enum.GetValues<CaseState>()];

    [Fact]
    public void EveryButtonOfEveryCard_CarriesTheCaseIdAndTheVersionShown()
    {
        var wrong = CardScenarios.All()
            .SelectMany(r => CardQuery.OfType(CaseCard.Render(r.Case, r.Viewer, r.Context), "Action.Execute")
                .Where(a => (string?)a["data"]!["caseId"] != r.Case.Id.Value || (long?)a["data"]!["version"] != r.Case.Version)
                .Select(a => $"{r.Name}: {a["verb"]}"))
            .ToList();

        Assert.Empty(wrong);
    }
}
