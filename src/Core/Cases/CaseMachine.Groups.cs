using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

// Crisis grouping: a flood of new cases is shown as one grouped card. Only the system groups,
// only a case nobody holds yet, and only once; a claim (CaseMachine.cs) takes it out again.
// The group's approved statement answers every case still waiting in it.
public static partial class CaseMachine
{
    private static Transition JoinCrisisGroup(Case c, JoinGroup cmd, DateTimeOffset now) => c switch
    {
        _ when !cmd.Actor.Is(ActorRoles.System) => Refuse(c, RefusalCode.NotManager),
        _ when string.IsNullOrWhiteSpace(cmd.GroupId) => Refuse(c, RefusalCode.EmptyText),
        { State: not CaseState.New } => Refuse(c, RefusalCode.NotInThisState),
        { GroupId: { } group } => Refuse(c, RefusalCode.AlreadyRecorded, group),
        _ => Accept(c, cmd, now, c with { GroupId = cmd.GroupId }, cmd.GroupId),
    };

    // The approval happened on the statement (Core.Crisis.StatementRules); the fan-out is the system.
    // A case in Sending, Sent or Closed is refused, so a re-run of the fan-out never sends twice.
    private static Transition AnswerGroupedCase(Case c, AnswerWithStatement cmd, DateTimeOffset now)
    {
        var kind = c.Mention.IsPrivate ? SocialActionKind.ReplyPrivate : SocialActionKind.ReplyPublic;
        RefusalCode? code = c switch
        {
            _ when !cmd.Actor.Is(ActorRoles.System) => RefusalCode.NotManager,
            _ when string.IsNullOrWhiteSpace(cmd.Text) => RefusalCode.EmptyText,
            { State: not CaseState.New } => RefusalCode.NotInThisState,
            _ when c.GroupId != cmd.GroupId || c.ClaimedBy is not null => RefusalCode.NotInThisState,
            // A statement that failed on this case once is left to a person, not retried every run.
            _ when c.LastProblem is not null => RefusalCode.AlreadyRecorded,
            _ when !NetworkProfile.For(c.Mention).Supports(kind) => RefusalCode.NotSupportedByNetwork,
            _ when c.ReplyWindowClosesAt < now => RefusalCode.ReplyWindowClosed,
            _ => null,
        };
        return code is { } refused ? Refuse(c, refused) : Audited(StartAction(c, cmd, now, kind, cmd.Text), cmd.StatementId);
    }

    // The audit names the statement sent, so every grouped case's trail says which revision it got.
    private static Transition.Accepted Audited(Transition.Accepted accepted, string statementId) =>
        accepted with { Audit = accepted.Audit with { Detail = statementId } };
}
