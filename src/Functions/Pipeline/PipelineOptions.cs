namespace SomeTeams.Functions.Pipeline;

/// <summary>The <c>Pipeline</c> section.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>A follow-up this soon after a case was answered or closed reopens it; later, it opens a new case.</summary>
    public TimeSpan ReopenWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// A stored mention whose message was sent this long ago and that is still untriaged is sent
    /// again (its message went to poison or was lost). Short enough to recover, long enough that a
    /// poll and a webhook delivering the same item a few seconds apart do not both queue it.
    /// </summary>
    public TimeSpan RequeueAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one poller holds a source; longer than a fetch of every page can take.</summary>
    public TimeSpan PollLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A case still Sending this long after the send was asked for (or after its network call began)
    /// is taken up by the sending sweep. Far longer than a send takes, retries included.
    /// </summary>
    public TimeSpan SendingStuckAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The longest a card waits in its invocation for its channel's pacing slot; a longer wait sends
    /// the card message again for later instead of holding a listener slot other channels need.
    /// <see cref="Timeout.InfiniteTimeSpan"/> always waits inline (tests on a fake clock, where a
    /// queue's visibility delay would run on the wall clock).
    /// </summary>
    public TimeSpan CardDeferAfter { get; set; } = TimeSpan.FromSeconds(2);
}
