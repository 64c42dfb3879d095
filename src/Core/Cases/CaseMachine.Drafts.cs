namespace SomeTeams.Core.Cases;

// Drafting and approval: only the claimer drafts; nobody approves their own draft (count to three).
public static partial class CaseMachine
{
    private static Transition SaveDraftText(Case c, SaveDraft cmd, DateTimeOffset now)
    {
        if (ClaimerOnly(c, cmd.Actor) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(cmd.Text))
        {
            return Refuse(c, RefusalCode.EmptyText);
        }

        var draft = new Draft(cmd.Text, (c.Draft?.Revision ?? 0) + 1, cmd.Actor, now, cmd.Check);
        return Accept(c, cmd, now, c with { Draft = draft }, $"revision {draft.Revision}", new CaseEffect.UpdateCard());
    }

    private static Transition Submit(Case c, SubmitForApproval cmd, DateTimeOffset now)
    {
        if (ClaimerOnly(c, cmd.Actor) is { } refusal)
        {
            return refusal;
        }

        return c.Draft switch
        {
            null => Refuse(c, RefusalCode.NoDraft),
            { IsApproved: true } => Refuse(c, RefusalCode.AlreadyRecorded, c.Draft.ApprovedBy?.Name),
            _ => Accept(c, cmd, now, c with { State = CaseState.AwaitingApproval, RejectionNote = null, RejectedBy = null }, new CaseEffect.NotifyApprovers(cmd.Actor), new CaseEffect.UpdateCard()),
        };
    }

    private static Transition ApproveDraft(Case c, Approve cmd, DateTimeOffset now)
    {
        if (ApproverOnly(c, cmd.Actor) is { } refusal)
        {
            return refusal;
        }

        var draft = c.Draft!;
        if (cmd.EditedText is not null)
        {
            if (string.IsNullOrWhiteSpace(cmd.EditedText))
            {
                return Refuse(c, RefusalCode.EmptyText);
            }

            var check = cmd.EditedCheck ?? draft.Check;
            if (!check.CanSend)
            {
                return Refuse(c, RefusalCode.CannotBeSent);
            }

            draft = draft with { Text = cmd.EditedText, Revision = draft.Revision + 1, Check = check, EditedByApprover = true, SavedAt = now };
        }
        else if (!draft.Check.CanSend)
        {
            // Approving what can never go out (over the length limit) would only mislead the drafter.
            return Refuse(c, RefusalCode.CannotBeSent);
        }

        var approved = draft with { ApprovedBy = cmd.Actor, ApprovedAt = now };
        var accepted = Accept(c, cmd, now, c with { State = CaseState.Claimed, Draft = approved }, $"revision {approved.Revision}", new CaseEffect.NotifyDrafter(draft.Author, Approved: true), new CaseEffect.UpdateCard());
        return cmd.EditedText is null
            ? accepted
            : accepted with { Audit = accepted.Audit with { Before = c.Draft!.Text, After = approved.Text } };
    }

    private static Transition RejectDraft(Case c, Reject cmd, DateTimeOffset now)
    {
        if (ApproverOnly(c, cmd.Actor) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(cmd.Comment))
        {
            return Refuse(c, RefusalCode.CommentRequired);
        }

        var rejected = c with { State = CaseState.Claimed, RejectionNote = cmd.Comment, RejectedBy = cmd.Actor };
        return Accept(c, cmd, now, rejected, new CaseEffect.NotifyDrafter(c.Draft!.Author, Approved: false), new CaseEffect.UpdateCard());
    }

    /// <summary>Null when the case is Claimed by <paramref name="actor"/>; otherwise why not.</summary>
    private static Transition.Refused? ClaimerOnly(Case c, Actor actor) => c.State switch
    {
        CaseState.Claimed when actor.IsSamePerson(c.ClaimedBy) => null,
        CaseState.Claimed => Refuse(c, RefusalCode.ClaimedByOther, c.ClaimedBy?.Name),
        CaseState.New => Refuse(c, RefusalCode.NotClaimer),
        _ => Refuse(c, RefusalCode.NotInThisState),
    };

    private static Transition.Refused? ApproverOnly(Case c, Actor actor) => c.State switch
    {
        not CaseState.AwaitingApproval => Refuse(c, RefusalCode.NotInThisState),
        _ when !actor.Is(ActorRoles.Approver) => Refuse(c, RefusalCode.NotApprover),
        _ when actor.IsSamePerson(c.Draft?.Author) || actor.IsSamePerson(c.ClaimedBy) => Refuse(c, RefusalCode.OwnDraft),
        _ => null,
    };
}
