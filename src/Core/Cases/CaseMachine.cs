namespace SomeTeams.Core.Cases;

/// <summary>
/// Every rule about what may happen to a case. <see cref="Apply"/> is pure: the next case with
/// its effects and audit entry, or a refusal a card can show. Nobody else sets a state.
/// </summary>
public static partial class CaseMachine
{
    public static Transition Apply(Case current, CaseCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(command);

        if (command.SeenVersion is long seen && seen != current.Version)
        {
            return Refuse(current, RefusalCode.StaleCard);
        }

        return command switch
        {
            Claim c => ClaimCase(current, c, now),
            Release c => ReleaseCase(current, c, now),
            SaveDraft c => SaveDraftText(current, c, now),
            SubmitForApproval c => Submit(current, c, now),
            Approve c => ApproveDraft(current, c, now),
            Reject c => RejectDraft(current, c, now),
            Send c => SendReply(current, c, now),
            Moderate c => ModerateItem(current, c, now),
            MarkSent c => CompleteAction(current, c, now),
            MarkSendFailed c => FailAction(current, c, now),
            Close c => CloseCase(current, c, now),
            Reopen c => ReopenCase(current, c, now),
            Reassign c => ReassignCase(current, c, now),
            AddNote c => AddNoteToCase(current, c, now),
            MarkOriginalDeleted c => RecordDeletion(current, c, now),
            JoinGroup c => JoinCrisisGroup(current, c, now),
            AnswerWithStatement c => AnswerGroupedCase(current, c, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown case command."),
        };
    }

    private static Transition ClaimCase(Case c, Claim cmd, DateTimeOffset now) => c.State switch
    {
        // A claim takes a grouped case out of its crisis group: it gets its own card (CaseMachine.Groups.cs).
        CaseState.New => Accept(c, cmd, now, c with { State = CaseState.Claimed, ClaimedBy = cmd.Actor, ClaimedAt = now, GroupId = null }, c.GroupId, new CaseEffect.UpdateCard()),
        CaseState.Claimed or CaseState.AwaitingApproval when cmd.Actor.IsSamePerson(c.ClaimedBy) => Refuse(c, RefusalCode.AlreadyYours),
        CaseState.Claimed or CaseState.AwaitingApproval => Refuse(c, RefusalCode.ClaimedByOther, c.ClaimedBy?.Name),
        _ => Refuse(c, RefusalCode.NotInThisState),
    };

    private static Transition ReleaseCase(Case c, Release cmd, DateTimeOffset now)
    {
        if (c.State != CaseState.Claimed)
        {
            return Refuse(c, RefusalCode.NotInThisState);
        }

        return (Transition?)HolderOrSupervisor(c, cmd.Actor)
            ?? Accept(c, cmd, now, c with { State = CaseState.New, ClaimedBy = null, ClaimedAt = null }, cmd.Reason, new CaseEffect.UpdateCard());
    }

    private static Transition ReassignCase(Case c, Reassign cmd, DateTimeOffset now)
    {
        var refusal = c.State switch
        {
            CaseState.New when !cmd.Actor.MaySupervise => Refuse(c, RefusalCode.NotManager),
            CaseState.New => null,
            CaseState.Claimed => HolderOrSupervisor(c, cmd.Actor),
            _ => Refuse(c, RefusalCode.NotInThisState),
        };
        if (refusal is not null)
        {
            return refusal;
        }

        return cmd.To.IsSamePerson(c.ClaimedBy)
            ? Refuse(c, RefusalCode.AlreadyRecorded, cmd.To.Name)
            : Accept(c, cmd, now, c with { State = CaseState.Claimed, ClaimedBy = cmd.To, ClaimedAt = now }, cmd.To.Name, new CaseEffect.NotifyAssignee(cmd.To), new CaseEffect.UpdateCard());
    }

    private static Transition CloseCase(Case c, Close cmd, DateTimeOffset now)
    {
        if (!c.IsOpen)
        {
            return Refuse(c, RefusalCode.NotInThisState);
        }

        var refusal = c.State == CaseState.New ? null : HolderOrSupervisor(c, cmd.Actor);
        var closed = c with
        {
            State = CaseState.Closed,
            ClosedReason = cmd.Reason,
            ClosedBy = cmd.Actor,
            FirstRespondedAt = c.FirstRespondedAt ?? (cmd.Actor.Is(ActorRoles.System) ? null : now),
        };
        return (Transition?)refusal ?? Accept(c, cmd, now, closed, cmd.Reason.ToString(), new CaseEffect.UpdateCard());
    }

    /// <summary>Null when <paramref name="actor"/> holds the case or may supervise it; otherwise the refusal.</summary>
    private static Transition.Refused? HolderOrSupervisor(Case c, Actor actor) =>
        actor.IsSamePerson(c.ClaimedBy) || actor.MaySupervise ? null : Refuse(c, RefusalCode.ClaimedByOther, c.ClaimedBy?.Name);

    private static Transition.Refused Refuse(Case c, RefusalCode code, string? who = null) => new(c, new Refusal(code, who));

    private static Transition.Accepted Accept(Case before, CaseCommand cmd, DateTimeOffset now, Case next, params CaseEffect[] effects) =>
        Accept(before, cmd, now, next, detail: null, effects);

    private static Transition.Accepted Accept(Case before, CaseCommand cmd, DateTimeOffset now, Case next, string? detail, params CaseEffect[] effects)
    {
        var versioned = next with { Version = before.Version + 1 };
        var audit = new AuditEntry(before.Id, versioned.Version, now, cmd.Actor, cmd.AuditEvent, before.State, versioned.State, detail);
        return new Transition.Accepted(versioned, effects, audit);
    }
}
