using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Cases;

/// <summary>A failed send keeps its problem code for the card until the next attempt starts.</summary>
public sealed class SendProblemTests
{
    [Fact]
    public void MarkSendFailed_WithAProblem_StoresItAndAuditsItWithTheReason()
    {
        var sending = CaseBuilder.Sending();

        var accepted = Assert.IsType<Transition.Accepted>(CaseMachine.Apply(
            sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "X refused.") { Problem = ActionProblem.NotSummoned }, CaseBuilder.T0.AddMinutes(5)));

        Assert.Equal((CaseState.Claimed, ActionProblem.NotSummoned, "X refused."), (accepted.Next.State, accepted.Next.LastProblem, accepted.Next.LastError));
        Assert.Equal("NotSummoned: X refused.", accepted.Audit.Detail);
    }

    [Fact]
    public void Send_AfterAFailure_ClearsTheProblem()
    {
        var sending = CaseBuilder.Sending();
        var failed = CaseBuilder.Step(sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "quota") { Problem = ActionProblem.QuotaExhausted }, CaseBuilder.T0.AddMinutes(5));

        var again = CaseBuilder.Step(failed, new Send(failed.ClaimedBy!), CaseBuilder.T0.AddMinutes(6));

        Assert.Equal((CaseState.Sending, null, null), (again.State, again.LastProblem, again.LastError));
    }

    [Fact]
    public void DemoMention_FollowsTheImitatedNetworksProfileAndReplyWindow()
    {
        var demo = CaseBuilder.Mention(network: Network.Demo, isPrivate: true) with { Imitates = Network.Facebook };

        var opened = Case.Open(new CaseId("c-demo"), demo, CaseBuilder.Triage(), "triage", CaseBuilder.T0.AddHours(1), CaseBuilder.T0);

        Assert.Equal((Network.Facebook, 8000), (NetworkProfile.For(demo).Network, NetworkProfile.For(demo).ReplyLengthLimit));
        Assert.Equal(demo.CreatedAt.AddHours(24), opened.ReplyWindowClosesAt);
        Assert.Equal(Network.Demo, demo.Key.Network);
    }
}
