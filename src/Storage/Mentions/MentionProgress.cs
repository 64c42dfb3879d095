namespace SomeTeams.Storage.Mentions;

/// <summary>
/// Where a stored mention is in the pipeline. A mention stored but never enqueued (a crash in
/// between) is enqueued again by the next poll or webhook delivery of it.
/// </summary>
public sealed record MentionProgress(DateTimeOffset? EnqueuedAt, DateTimeOffset? TriagedAt)
{
    public bool IsTriaged => TriagedAt is not null;
}
