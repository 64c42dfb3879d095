namespace SomeTeams.Core.Policies;

/// <summary>
/// A case's first-response clock, worked out once when the case opens and stored on it, so the
/// sweep compares instants and a later change of service hours does not move a promise made.
/// <see cref="HalfAt"/> and <see cref="EightyAt"/> are the warning points on the business clock.
/// </summary>
public sealed record SlaDeadline(DateTimeOffset ClockStarts, DateTimeOffset HalfAt, DateTimeOffset EightyAt, DateTimeOffset Due)
{
    public SlaThreshold ReachedAt(DateTimeOffset now) =>
        now >= Due ? SlaThreshold.Breached
        : now >= EightyAt ? SlaThreshold.EightyPercent
        : now >= HalfAt ? SlaThreshold.Half
        : SlaThreshold.None;

    /// <summary>The next threshold after <paramref name="now"/> and when it falls; null once breached.</summary>
    public (SlaThreshold Threshold, DateTimeOffset At)? NextAfter(DateTimeOffset now) => ReachedAt(now) switch
    {
        SlaThreshold.None => (SlaThreshold.Half, HalfAt),
        SlaThreshold.Half => (SlaThreshold.EightyPercent, EightyAt),
        SlaThreshold.EightyPercent => (SlaThreshold.Breached, Due),
        _ => null,
    };
}
