using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

// Sending and moderating. A case is sent at most once: the pending action carries an attempt
// id, and an outcome is accepted only for the attempt the case is waiting for.
public static partial class CaseMachine
{
    private static Transition SendReply(Case c, Send cmd, DateTimeOffset now)
    {
        if (ClaimerOnly(c, cmd.Actor) is { } refusal)
        {
            return refusal;
        }

        var draft = c.Draft;
        var kind = c.Mention.IsPrivate ? SocialActionKind.ReplyPrivate : SocialActionKind.ReplyPublic;
        RefusalCode? code = draft switch
        {
            null => RefusalCode.NoDraft,
            { Check.CanSend: false } => RefusalCode.CannotBeSent,
            { IsApproved: false } when c.RequiresApproval => RefusalCode.NeedsApproval,
            _ when c.LastCustomerMessageAt > draft.SavedAt => RefusalCode.CustomerWroteAgain,
            _ when !NetworkProfile.For(c.Mention).Supports(kind) => RefusalCode.NotSupportedByNetwork,
            _ when c.ReplyWindowClosesAt < now => RefusalCode.ReplyWindowClosed,
            _ => null,
        };
        return code is { } refused ? Refuse(c, refused) : StartAction(c, cmd, now, kind, draft!.Text);
    }

    private static Transition ModerateItem(Case c, Moderate cmd, DateTimeOffset now)
    {
        var refusal = c.State switch
        {
            CaseState.New => null,
            CaseState.Claimed => HolderOrSupervisor(c, cmd.Actor),
            _ => Refuse(c, RefusalCode.NotInThisState),
        };
        if (refusal is not null)
        {
            return refusal;
        }

        if (cmd.Action is not (SocialActionKind.Hide or SocialActionKind.Delete or SocialActionKind.Block or SocialActionKind.Like)
            || !NetworkProfile.For(c.Mention).Supports(cmd.Action))
        {
            return Refuse(c, RefusalCode.NotSupportedByNetwork);
        }

        return StartAction(c with { ClaimedBy = c.ClaimedBy ?? cmd.Actor, ClaimedAt = c.ClaimedAt ?? now }, cmd, now, cmd.Action, text: null);
    }

    private static Transition.Accepted StartAction(Case c, CaseCommand cmd, DateTimeOffset now, SocialActionKind kind, string? text)
    {
        var attemptId = $"{c.Id}-{c.Version + 1}";
        var pending = new PendingAction(attemptId, kind, text, cmd.Actor, now);
        var sending = c with { State = CaseState.Sending, Pending = pending, LastError = null, LastProblem = null };
        return Accept(c, cmd, now, sending, kind.ToString(), new CaseEffect.EnqueueSend(attemptId, kind), new CaseEffect.UpdateCard());
    }

    private static Transition CompleteAction(Case c, MarkSent cmd, DateTimeOffset now)
    {
        if (OutcomeRefusal(c, cmd.Actor, cmd.AttemptId) is { } refusal)
        {
            return refusal;
        }

        var pending = c.Pending!;
        var done = pending.IsReply
            ? c with { State = CaseState.Sent, Reply = new SentReply(cmd.ExternalId, cmd.Permalink, pending.Text!, pending.RequestedBy, now) }
            : c with { State = CaseState.Closed, ClosedReason = pending.Kind == SocialActionKind.Like ? CloseReason.Acknowledged : CloseReason.Moderated, ClosedBy = pending.RequestedBy };
        done = done with { Pending = null, LastError = null, LastProblem = null, FirstRespondedAt = c.FirstRespondedAt ?? now };
        return Accept(c, cmd, now, done, pending.Kind.ToString(), new CaseEffect.UpdateCard());
    }

    private static Transition FailAction(Case c, MarkSendFailed cmd, DateTimeOffset now)
    {
        if (OutcomeRefusal(c, cmd.Actor, cmd.AttemptId) is { } refusal)
        {
            return refusal;
        }

        // The audit keeps the code with the English reason, so a row reads the same in any language.
        var detail = cmd.Problem is { } problem ? $"{problem}: {cmd.Error}" : cmd.Error;
        if (cmd.Unknown)
        {
            return c.State == CaseState.SendUnknown
                ? Refuse(c, RefusalCode.AlreadyRecorded)
                : Accept(c, cmd, now, c with { State = CaseState.SendUnknown, LastError = cmd.Error, LastProblem = cmd.Problem }, detail, new CaseEffect.UpdateCard());
        }

        // A statement sent to a grouped case had no holder: it goes back to waiting in its group, not to nobody.
        var back = c with { State = c.ClaimedBy is null ? CaseState.New : CaseState.Claimed, Pending = null, LastError = cmd.Error, LastProblem = cmd.Problem };
        return Accept(c, cmd, now, back, detail, new CaseEffect.UpdateCard());
    }

    /// <summary>
    /// Outcomes are accepted for the awaited attempt only. While Sending only the system
    /// (the outbox) reports; once the outcome is unknown, the holder or a manager says what
    /// they found on the network.
    /// </summary>
    private static Transition.Refused? OutcomeRefusal(Case c, Actor actor, string attemptId) => c.State switch
    {
        CaseState.Sending when !actor.Is(ActorRoles.System) => Refuse(c, RefusalCode.NotInThisState),
        CaseState.SendUnknown when !actor.Is(ActorRoles.System) && HolderOrSupervisor(c, actor) is { } notYours => notYours,
        CaseState.Sending or CaseState.SendUnknown when c.Pending?.AttemptId != attemptId => Refuse(c, RefusalCode.UnknownAttempt),
        CaseState.Sending or CaseState.SendUnknown => null,
        _ => Refuse(c, RefusalCode.UnknownAttempt),
    };
}
