using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Crisis;

public sealed class GroupedCaseTests
{
    private const string Group = "topic:outage@20261123T100000";
    private static readonly DateTimeOffset At = CaseBuilder.T0.AddMinutes(5);

    [Fact]
    public void JoinGroup_NewCaseBySystem_IsGroupedAndAudited()
    {
        var accepted = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(CaseBuilder.InState(CaseState.New), new JoinGroup(Actor.System, Group), At));

        Assert.Equal(Group, accepted.Next.GroupId);
        Assert.Equal(CaseState.New, accepted.Next.State);
        Assert.Equal("CaseGrouped", accepted.Audit.Event);
        Assert.Empty(accepted.Effects);
    }

    [Fact]
    public void JoinGroup_ByAPersonTwiceOrWhenHeld_IsRefused()
    {
        var grouped = CaseBuilder.InState(CaseState.New) with { GroupId = Group };

        Assert.Equal(RefusalCode.NotManager, Refusal(CaseBuilder.InState(CaseState.New), new JoinGroup(People.Maija, Group)));
        Assert.Equal(RefusalCode.AlreadyRecorded, Refusal(grouped, new JoinGroup(Actor.System, "other")));
        Assert.Equal(RefusalCode.NotInThisState, Refusal(CaseBuilder.InState(CaseState.Claimed), new JoinGroup(Actor.System, Group)));
    }

    [Fact]
    public void Claim_GroupedCase_TakesItOutOfTheGroup()
    {
        var grouped = CaseBuilder.InState(CaseState.New) with { GroupId = Group };

        var accepted = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(grouped, new Claim(People.Bertil), At));

        Assert.Null(accepted.Next.GroupId);
        Assert.Equal(Group, accepted.Audit.Detail);
        Assert.Contains(accepted.Effects, e => e is CaseEffect.UpdateCard);
    }

    private static RefusalCode Refusal(Case c, CaseCommand command) =>
        Assert.IsType<Transition.Refused>(CaseMachine.Apply(c, command, At)).Reason.Code;
}
