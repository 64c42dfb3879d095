namespace SomeTeams.Core.Policies;

/// <summary>
/// Time that counts only while the team is open. It walks whole open periods, so adding an hour
/// across a long weekend costs a few periods, not minutes; results are UTC.
/// </summary>
public sealed class BusinessClock(ServiceHours hours)
{
    public ServiceHours Hours { get; } = hours ?? throw new ArgumentNullException(nameof(hours));

    /// <summary>
    /// The first instant by which <paramref name="duration"/> of open time has passed since
    /// <paramref name="start"/>. Starting while closed, the clock starts at the next opening; a
    /// duration that ends exactly at closing time ends there, not at the next opening.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var left = duration;
        foreach (var period in Hours.OpenPeriodsFrom(start))
        {
            if (period.Length >= left)
            {
                return period.Start + left;
            }
            left -= period.Length;
        }
        throw new InvalidOperationException("Open periods never end.");
    }

    /// <summary>Open time between two instants; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -BusinessTimeBetween(to, from);
        }
        var total = TimeSpan.Zero;
        foreach (var period in Hours.OpenPeriodsFrom(from))
        {
            if (period.Start >= to)
            {
                break;
            }
            total += (period.End < to ? period.End : to) - period.Start;
        }
        return total;
    }
}
