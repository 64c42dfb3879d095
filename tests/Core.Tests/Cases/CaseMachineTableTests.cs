using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Cases.CaseState;
using static SomeTeams.Core.Cases.RefusalCode;

namespace SomeTeams.Core.Tests.Cases;

/// <summary>Every (state, command) pair: which are allowed and where they lead, which are refused and why.</summary>
public sealed class CaseMachineTableTests
{
    // The canonical command of each kind, as the person who would normally give it.
    // The case in each state is held by Aino, who wrote its draft; Maija approves.
    private static readonly Dictionary<string, Func<Case, CaseCommand>> Commands = new()
    {
        ["Claim"] = _ => new Claim(People.Bertil),
        ["Release"] = _ => new Release(People.Aino),
        ["SaveDraft"] = _ => new SaveDraft(People.Aino, "Uusi versio", DraftCheck.Clean),
        ["Submit"] = _ => new SubmitForApproval(People.Aino),
        ["Approve"] = _ => new Approve(People.Maija),
        ["Reject"] = _ => new Reject(People.Maija, "Liian tyly"),
        ["Send"] = _ => new Send(People.Aino),
        ["Moderate"] = _ => new Moderate(People.Aino, SocialActionKind.Hide),
        ["MarkSent"] = c => new MarkSent(Actor.System, c.Pending?.AttemptId ?? "none", "ext-1", null),
        ["MarkSendFailed"] = c => new MarkSendFailed(Actor.System, c.Pending?.AttemptId ?? "none", "500 from network"),
        ["Close"] = _ => new Close(People.Aino, CloseReason.NoActionNeeded),
        ["Reopen"] = _ => new Reopen(People.Aino, CaseBuilder.T0.AddHours(2)),
        ["Reassign"] = _ => new Reassign(People.Maija, People.Bertil),
        ["AddNote"] = _ => new AddNote(People.Bertil, "Asiakas soitti myös"),
        ["MarkOriginalDeleted"] = _ => new MarkOriginalDeleted(Actor.System, CaseBuilder.T0),
        ["JoinGroup"] = _ => new JoinGroup(Actor.System, "topic:outage@20261123T101500"),
        ["AnswerWithStatement"] = c => new AnswerWithStatement(Actor.System, c.GroupId ?? "none", "topic:outage@20261123T101500/r1", "Vika korjataan, pahoittelemme"),
    };

    // Expected outcome: a CaseState means accepted into that state; a RefusalCode means refused.
    private static readonly Dictionary<CaseState, Dictionary<string, object>> Table = new()
    {
        [New] = new()
        {
            ["Claim"] = Claimed, ["Release"] = NotInThisState, ["SaveDraft"] = NotClaimer, ["Submit"] = NotClaimer,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = NotClaimer, ["Moderate"] = Sending,
            ["MarkSent"] = UnknownAttempt, ["MarkSendFailed"] = UnknownAttempt, ["Close"] = Closed, ["Reopen"] = NotInThisState,
            ["Reassign"] = Claimed, ["AddNote"] = New, ["MarkOriginalDeleted"] = New, ["JoinGroup"] = New, ["AnswerWithStatement"] = NotInThisState,
        },
        [Claimed] = new()
        {
            ["Claim"] = ClaimedByOther, ["Release"] = New, ["SaveDraft"] = Claimed, ["Submit"] = AwaitingApproval,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = Sending, ["Moderate"] = Sending,
            ["MarkSent"] = UnknownAttempt, ["MarkSendFailed"] = UnknownAttempt, ["Close"] = Closed, ["Reopen"] = NotInThisState,
            ["Reassign"] = Claimed, ["AddNote"] = Claimed, ["MarkOriginalDeleted"] = Claimed, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
        [AwaitingApproval] = new()
        {
            ["Claim"] = ClaimedByOther, ["Release"] = NotInThisState, ["SaveDraft"] = NotInThisState, ["Submit"] = NotInThisState,
            ["Approve"] = Claimed, ["Reject"] = Claimed, ["Send"] = NotInThisState, ["Moderate"] = NotInThisState,
            ["MarkSent"] = UnknownAttempt, ["MarkSendFailed"] = UnknownAttempt, ["Close"] = Closed, ["Reopen"] = NotInThisState,
            ["Reassign"] = NotInThisState, ["AddNote"] = AwaitingApproval, ["MarkOriginalDeleted"] = AwaitingApproval, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
        [Sending] = new()
        {
            ["Claim"] = NotInThisState, ["Release"] = NotInThisState, ["SaveDraft"] = NotInThisState, ["Submit"] = NotInThisState,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = NotInThisState, ["Moderate"] = NotInThisState,
            ["MarkSent"] = Sent, ["MarkSendFailed"] = Claimed, ["Close"] = NotInThisState, ["Reopen"] = NotInThisState,
            ["Reassign"] = NotInThisState, ["AddNote"] = Sending, ["MarkOriginalDeleted"] = Sending, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
        [SendUnknown] = new()
        {
            ["Claim"] = NotInThisState, ["Release"] = NotInThisState, ["SaveDraft"] = NotInThisState, ["Submit"] = NotInThisState,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = NotInThisState, ["Moderate"] = NotInThisState,
            ["MarkSent"] = Sent, ["MarkSendFailed"] = Claimed, ["Close"] = NotInThisState, ["Reopen"] = NotInThisState,
            ["Reassign"] = NotInThisState, ["AddNote"] = SendUnknown, ["MarkOriginalDeleted"] = SendUnknown, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
        [Sent] = new()
        {
            ["Claim"] = NotInThisState, ["Release"] = NotInThisState, ["SaveDraft"] = NotInThisState, ["Submit"] = NotInThisState,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = NotInThisState, ["Moderate"] = NotInThisState,
            ["MarkSent"] = UnknownAttempt, ["MarkSendFailed"] = UnknownAttempt, ["Close"] = NotInThisState, ["Reopen"] = New,
            ["Reassign"] = NotInThisState, ["AddNote"] = Sent, ["MarkOriginalDeleted"] = Sent, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
        [Closed] = new()
        {
            ["Claim"] = NotInThisState, ["Release"] = NotInThisState, ["SaveDraft"] = NotInThisState, ["Submit"] = NotInThisState,
            ["Approve"] = NotInThisState, ["Reject"] = NotInThisState, ["Send"] = NotInThisState, ["Moderate"] = NotInThisState,
            ["MarkSent"] = UnknownAttempt, ["MarkSendFailed"] = UnknownAttempt, ["Close"] = NotInThisState, ["Reopen"] = New,
            ["Reassign"] = NotInThisState, ["AddNote"] = Closed, ["MarkOriginalDeleted"] = Closed, ["JoinGroup"] = NotInThisState, ["AnswerWithStatement"] = NotInThisState,
        },
    };

    public static TheoryData<CaseState, string, string> Pairs()
    {
        var data = new TheoryData<CaseState, string, string>();
        foreach (var (state, row) in Table)
        {
            foreach (var (command, expected) in row)
            {
                data.Add(state, command, expected.ToString()!);
            }
        }

        return data;
    }

    [Fact]
    public void Table_CoversEveryStateAndCommand()
    {
        Assert.Equal(Enum.GetValues<CaseState>().Order(), Table.Keys.Order());
        var commandTypes = typeof(CaseCommand).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(CaseCommand)) && !t.IsAbstract);
        Assert.Equal(commandTypes, Commands.Count);
        Assert.All(Table.Values, row => Assert.Equal(Commands.Keys.Order(), row.Keys.Order()));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Apply_StateAndCommand_GivesTheTablesOutcome(CaseState state, string command, string expected)
    {
        var before = CaseBuilder.InState(state);
        var transition = CaseMachine.Apply(before, Commands[command](before), CaseBuilder.T0.AddMinutes(10));

        switch (transition)
        {
            case Transition.Accepted accepted:
                Assert.Equal(expected, accepted.Next.State.ToString());
                Assert.Equal(before.Version + 1, accepted.Next.Version);
                Assert.Equal(accepted.Next.Version, accepted.Audit.Version);
                Assert.Equal((before.State, accepted.Next.State), (accepted.Audit.From, accepted.Audit.To));
                break;
            case Transition.Refused refused:
                Assert.Equal(expected, refused.Reason.Code.ToString());
                Assert.Same(before, refused.Current);
                break;
            default:
                Assert.Fail("Unknown transition kind.");
                break;
        }
    }
}
