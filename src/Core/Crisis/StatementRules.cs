using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Crisis;

/// <summary>The next statement, or why not (a card shows the refusal localised, as for cases).</summary>
public sealed record StatementStep(CrisisStatement? Next, RefusalCode? Refused)
{
    public static StatementStep Accept(CrisisStatement next) => new(next, null);

    public static StatementStep Refuse(RefusalCode code) => new(null, code);
}

/// <summary>
/// Who may draft, submit and approve a crisis group's statement: the rules of case drafts
/// (CaseMachine.Drafts.cs) — the author submits, an approver who is not the author approves.
/// </summary>
public static class StatementRules
{
    public static StatementStep Draft(string crisisId, CrisisStatement? current, Actor actor, string text, bool canSend, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return current switch
        {
            { Stage: StatementStage.Approved } => StatementStep.Refuse(RefusalCode.AlreadyRecorded),
            _ when string.IsNullOrWhiteSpace(text) => StatementStep.Refuse(RefusalCode.EmptyText),
            _ => StatementStep.Accept(new CrisisStatement
            {
                CrisisId = crisisId,
                Revision = (current?.Revision ?? 0) + 1,
                Text = text,
                Author = actor,
                DraftedAt = now,
                CanSend = canSend,
            }),
        };
    }

    public static StatementStep Submit(CrisisStatement? current, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return current switch
        {
            null => StatementStep.Refuse(RefusalCode.NoDraft),
            { Stage: not StatementStage.Drafted } => StatementStep.Refuse(RefusalCode.AlreadyRecorded),
            _ when !actor.IsSamePerson(current.Author) => StatementStep.Refuse(RefusalCode.NotClaimer),
            { CanSend: false } => StatementStep.Refuse(RefusalCode.CannotBeSent),
            _ => StatementStep.Accept(current with { SubmittedAt = now }),
        };
    }

    public static StatementStep Approve(CrisisStatement? current, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return current switch
        {
            null => StatementStep.Refuse(RefusalCode.NoDraft),
            { Stage: not StatementStage.AwaitingApproval } => StatementStep.Refuse(RefusalCode.NotInThisState),
            _ when !actor.Is(ActorRoles.Approver) => StatementStep.Refuse(RefusalCode.NotApprover),
            _ when actor.IsSamePerson(current.Author) => StatementStep.Refuse(RefusalCode.OwnDraft),
            _ => StatementStep.Accept(current with { ApprovedBy = actor, ApprovedAt = now }),
        };
    }
}
