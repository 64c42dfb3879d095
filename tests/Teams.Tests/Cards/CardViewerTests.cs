using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Teams.Tests.Cards.CardFixtures;

namespace SomeTeams.Teams.Tests.Cards;

public sealed class CardViewerTests
{
    [Fact]
    public void For_TheHolder_IsTheClaimer() =>
        Assert.Equal(ViewerRole.Claimer, CardViewer.For(InState(CaseState.Claimed), People.Aino).Role);

    [Fact]
    public void For_AnApproverWhoNeitherHoldsNorDrafted_IsTheApprover() =>
        Assert.Equal(ViewerRole.Approver, CardViewer.For(InState(CaseState.AwaitingApproval), People.Maija).Role);

    [Fact]
    public void For_AnApproverWhoHoldsTheCase_IsTheClaimerNotTheApprover()
    {
        var own = CaseBuilder.Step(CaseBuilder.Step(Open(), new Claim(People.Maija)), new SaveDraft(People.Maija, "Korjaamme.", DraftCheck.Clean));

        Assert.Equal(ViewerRole.Claimer, CardViewer.For(own, People.Maija).Role);
    }

    [Fact]
    public void For_AnApproverWhoWroteTheDraftThenHandedItOver_IsNoApprover()
    {
        var drafted = CaseBuilder.Step(CaseBuilder.Step(Open(), new Claim(People.Maija)), new SaveDraft(People.Maija, "Korjaamme.", DraftCheck.Clean));
        var handedOver = CaseBuilder.Step(drafted, new Reassign(People.Maija, People.Bertil));

        Assert.Equal(ViewerRole.Other, CardViewer.For(handedOver, People.Maija).Role);
    }

    [Fact]
    public void For_AnAgentWhoDoesNotHoldIt_IsOther() =>
        Assert.Equal(ViewerRole.Other, CardViewer.For(InState(CaseState.Claimed), People.Bertil).Role);

    [Fact]
    public void Channel_IsOtherWithNoRoles()
    {
        Assert.Equal(ViewerRole.Other, CardViewer.Channel.Role);
        Assert.False(CardViewer.Channel.Actor.MaySupervise);
    }
}
