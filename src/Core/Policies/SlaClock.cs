using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Policies;

/// <summary>Applies an <see cref="SlaPolicy"/> to a team's business clock: when a case is due and how far its clock has run.</summary>
public sealed class SlaClock(BusinessClock clock, SlaPolicy policy)
{
    public BusinessClock Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    public SlaPolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>
    /// The clock starts when the case arrives, or at the next opening when it arrives while closed
    /// (DESIGN.md rule 9: outside service hours items wait). It is due when the target has passed
    /// in business time, but never later than the ceiling in wall-clock time from that start, when
    /// the ceiling falls while the team is open: a target stretched over a lunch closure or a long
    /// low-priority target still ends within 4 h of someone being able to answer. A ceiling that
    /// falls in closed time is not applied: nobody can answer then, and a due time in the night
    /// would make every case that came in late on Friday arrive on Monday already breached.
    /// </summary>
    public SlaDeadline Deadline(DateTimeOffset arrived, Priority priority, Sentiment sentiment)
    {
        var starts = Clock.Hours.NextOpening(arrived);
        var due = Clock.AddBusinessTime(starts, Policy.Target(priority, sentiment));
        var ceiling = starts + Policy.Ceiling;
        if (ceiling < due && Clock.Hours.IsOpen(ceiling))
        {
            due = ceiling;
        }
        return Thresholds(arrived, due);
    }

    /// <summary>
    /// The warning points of a case of which only its arrival and stored due time are known (the
    /// case keeps <c>OpenedAt</c> and <c>DueAt</c>): half and 80 % of the business time between
    /// the clock's start and the due time. A due time at or before the start warns only at it.
    /// </summary>
    public SlaDeadline Thresholds(DateTimeOffset arrived, DateTimeOffset due)
    {
        due = due.ToUniversalTime();
        var starts = Clock.Hours.NextOpening(arrived);
        var span = Clock.BusinessTimeBetween(starts, due);
        if (span <= TimeSpan.Zero)
        {
            return new SlaDeadline(starts < due ? starts : due, due, due, due);
        }
        return new SlaDeadline(starts, Clock.AddBusinessTime(starts, span / 2), Clock.AddBusinessTime(starts, span * 0.8), due);
    }

    /// <summary>Share of the business time to the due time used up at <paramref name="now"/>: 0 before the clock starts, over 1 after a breach.</summary>
    public double FractionElapsed(SlaDeadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (now <= deadline.ClockStarts)
        {
            return 0;
        }
        var span = Clock.BusinessTimeBetween(deadline.ClockStarts, deadline.Due);
        if (span <= TimeSpan.Zero)
        {
            return now >= deadline.Due ? 1 : 0;
        }
        return Clock.BusinessTimeBetween(deadline.ClockStarts, now) / span;
    }

    public SlaStatus Status(SlaDeadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var next = deadline.NextAfter(now);
        return new SlaStatus(deadline.Due, FractionElapsed(deadline, now), deadline.ReachedAt(now), next?.Threshold, next?.At);
    }
}
