namespace SomeTeams.Core.Policies;

/// <summary>
/// The rota of a team that does not use Teams Shifts: the same week over and over, in the team's
/// time zone, with no shifts starting on the team's closed days. Local times are turned into UTC
/// per date, so an 8–16 shift stays 8–16 on the wall clock across DST.
/// </summary>
public sealed class WeeklyRota
{
    private readonly TimeZoneInfo _zone;
    private readonly RotaEntry[] _entries;
    private readonly HolidayCalendar _closed;

    public WeeklyRota(string timeZoneId, IEnumerable<RotaEntry> entries, HolidayCalendar? closedDays = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        ArgumentNullException.ThrowIfNull(entries);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        _entries = [.. entries];
        _closed = closedDays ?? HolidayCalendar.None;
    }

    /// <summary>Every shift that overlaps [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Rota Expand(DateTimeOffset from, DateTimeOffset to)
    {
        var shifts = new List<Shift>();
        var last = DateOnly.FromDateTime(LocalTime.ToLocal(_zone, to));
        for (var day = DateOnly.FromDateTime(LocalTime.ToLocal(_zone, from)).AddDays(-1); day <= last; day = day.AddDays(1))
        {
            if (_closed.IsClosed(day))
            {
                continue;
            }
            foreach (var e in _entries.Where(e => e.Day == day.DayOfWeek))
            {
                var startLocal = day.ToDateTime(e.Starts);
                var endLocal = (e.Ends <= e.Starts ? day.AddDays(1) : day).ToDateTime(e.Ends);
                var start = LocalTime.ToUtc(_zone, startLocal);
                var end = LocalTime.ToUtc(_zone, endLocal);
                if (start < to && end > from && end > start)
                {
                    shifts.Add(new Shift(e.Person, start, end));
                }
            }
        }
        return new Rota(shifts);
    }
}
