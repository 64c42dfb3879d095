namespace SomeTeams.Core.Cases;

// What the customer and the team add to a case's thread: follow-ups, notes, deletions.
public static partial class CaseMachine
{
    private static Transition ReopenCase(Case c, Reopen cmd, DateTimeOffset now)
    {
        if (cmd.FollowUp is not { } followUp)
        {
            return c.State is CaseState.Sent or CaseState.Closed
                ? Accept(c, cmd, now, Reopened(c, cmd.DueAt, now), new CaseEffect.UpdateCard())
                : Refuse(c, RefusalCode.NotInThisState);
        }

        if (followUp.Key == c.Mention.Key || c.FollowUps.Exists(f => f.Key == followUp.Key))
        {
            return Refuse(c, RefusalCode.AlreadyRecorded);
        }

        // The reply window runs from the customer's latest message, at the length it had.
        var window = c.ReplyWindowClosesAt - c.LastCustomerMessageAt;
        var latest = followUp.WrittenAt > c.LastCustomerMessageAt ? followUp.WrittenAt : c.LastCustomerMessageAt;
        var joined = c with
        {
            FollowUps = c.FollowUps.Add(followUp),
            LastCustomerMessageAt = latest,
            ReplyWindowClosesAt = window is { } length ? latest + length : null,
        };
        var next = c.State is CaseState.Sent or CaseState.Closed ? Reopened(joined, cmd.DueAt, now) : joined;
        return Accept(c, cmd, now, next, new CaseEffect.UpdateCard());
    }

    /// <summary>Back to the queue, unclaimed, with the earlier answer kept in the history.</summary>
    private static Case Reopened(Case c, DateTimeOffset dueAt, DateTimeOffset now) => c with
    {
        State = CaseState.New,
        ClaimedBy = null,
        ClaimedAt = null,
        Draft = null,
        RejectionNote = null,
        RejectedBy = null,
        ClosedReason = null,
        ClosedBy = null,
        Pending = null,
        LastError = null,
        LastProblem = null,
        DueAt = dueAt,
        SlaStartedAt = now,
    };

    private static Transition AddNoteToCase(Case c, AddNote cmd, DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(cmd.Text)
            ? Refuse(c, RefusalCode.EmptyText)
            : Accept(c, cmd, now, c with { Notes = c.Notes.Add(new CaseNote(cmd.Actor, cmd.Text, now)) }, new CaseEffect.UpdateCard());

    private static Transition RecordDeletion(Case c, MarkOriginalDeleted cmd, DateTimeOffset now) =>
        c.OriginalDeletedAt is not null
            ? Refuse(c, RefusalCode.AlreadyRecorded)
            : Accept(c, cmd, now, c with { OriginalDeletedAt = cmd.DeletedAt }, new CaseEffect.UpdateCard());
}
