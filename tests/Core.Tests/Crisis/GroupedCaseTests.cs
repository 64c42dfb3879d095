using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
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

    [Fact]
    public void AnswerWithStatement_GroupedNewCase_GoesToSendingWithOneAttempt()
    {
        var grouped = CaseBuilder.InState(CaseState.New) with { GroupId = Group };

        var accepted = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(grouped, new AnswerWithStatement(Actor.System, Group, Group + "/r1", "Vika korjataan"), At));

        Assert.Equal(CaseState.Sending, accepted.Next.State);
        Assert.Equal("Vika korjataan", accepted.Next.Pending!.Text);
        Assert.Equal(Group, accepted.Next.GroupId);
        Assert.Null(accepted.Next.ClaimedBy);
        var send = Assert.Single(accepted.Effects.OfType<CaseEffect.EnqueueSend>());
        Assert.Equal(accepted.Next.Pending.AttemptId, send.AttemptId);
        Assert.Equal(("StatementSendRequested", Group + "/r1"), (accepted.Audit.Event, accepted.Audit.Detail));
    }

    [Fact]
    public void AnswerWithStatement_TwiceOrClaimedOutOrByAPerson_IsRefused()
    {
        var grouped = CaseBuilder.InState(CaseState.New) with { GroupId = Group };
        var statement = new AnswerWithStatement(Actor.System, Group, Group + "/r1", "Vika korjataan");
        var sending = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(grouped, statement, At)).Next;
        var claimedOut = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(grouped, new Claim(People.Bertil), At)).Next;

        Assert.Equal(RefusalCode.NotInThisState, Refusal(sending, statement));
        Assert.Equal(RefusalCode.NotInThisState, Refusal(claimedOut, statement));
        Assert.Equal(RefusalCode.NotInThisState, Refusal(grouped, statement with { GroupId = "other" }));
        Assert.Equal(RefusalCode.NotManager, Refusal(grouped, new AnswerWithStatement(People.Maija, Group, Group + "/r1", "Vika korjataan")));
        Assert.Equal(RefusalCode.EmptyText, Refusal(grouped, statement with { Text = " " }));
    }

    [Fact]
    public void MarkSendFailed_StatementSend_GoesBackToTheGroupAndIsNotRetried()
    {
        var grouped = CaseBuilder.InState(CaseState.New) with { GroupId = Group };
        var statement = new AnswerWithStatement(Actor.System, Group, Group + "/r1", "Vika korjataan");
        var sending = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(grouped, statement, At)).Next;

        var failed = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "403") { Problem = ActionProblem.TooLong }, At)).Next;

        Assert.Equal((CaseState.New, Group), (failed.State, failed.GroupId));
        Assert.Equal(RefusalCode.AlreadyRecorded, Refusal(failed, statement));
    }

    private static RefusalCode Refusal(Case c, CaseCommand command) =>
        Assert.IsType<Transition.Refused>(CaseMachine.Apply(c, command, At)).Reason.Code;
}
