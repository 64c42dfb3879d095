namespace SomeTeams.Core.Cases;

// Crisis grouping: a flood of new cases is shown as one grouped card. Only the system groups,
// only a case nobody holds yet, and only once; a claim (CaseMachine.cs) takes it out again.
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
}
