namespace SomeTeams.Core.Policies;

/// <summary>
/// Lays the weekly openings onto real days one local day at a time, cuts out closed days, turns
/// them into UTC and merges what touches (an overnight opening meeting the next morning's); a
/// round-the-clock run is handed out a week at a time.
/// Pieces of one local day all start before the next day's, so sorting a day at a time and
/// merging as they stream gives every period in order without looking far ahead.
/// </summary>
internal static class OpenPeriods
{
    // Service hours with at least one weekly opening are open within weeks, unless the host
    // closed every day for years; then the data is wrong and saying so beats looping forever.
    private const int MaxClosedDays = 3 * 366;

    private static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(7);

    public static IEnumerable<OpenPeriod> From(ServiceHours hours, DateTimeOffset from)
    {
        var zone = hours.TimeZone;
        // Start a day early: yesterday's overnight opening may still be running.
        var day = DateOnly.FromDateTime(LocalTime.ToLocal(zone, from)).AddDays(-1);
        OpenPeriod? current = null;
        var daysWithout = 0;
        while (true)
        {
            var pieces = PiecesOf(hours, day).Where(p => p.End > from).ToList();
            pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
            daysWithout = pieces.Count == 0 && current is null ? daysWithout + 1 : 0;
            if (daysWithout > MaxClosedDays)
            {
                throw new InvalidOperationException($"No opening within {MaxClosedDays} days of {from:O}; check the service hours and closures.");
            }
            foreach (var piece in pieces)
            {
                var p = piece.Start < from ? piece with { Start = from } : piece;
                if (current is { } c && p.Start <= c.End)
                {
                    current = c with { End = p.End > c.End ? p.End : c.End };
                    continue;
                }
                if (current is { } done)
                {
                    yield return done;
                }
                current = p;
            }
            day = day.AddDays(1);
            // No piece still to come starts before the coming day's local midnight, so a period
            // ending before it is complete.
            if (current is { } open && open.End < LocalTime.ToUtc(zone, day.ToDateTime(TimeOnly.MinValue)))
            {
                yield return open;
                current = null;
            }
            // A team open round the clock would never close a period; hand it out a week at a time.
            else if (current is { } longRun && longRun.Length >= MaxPeriod)
            {
                yield return longRun;
                current = null;
            }
        }
    }

    private static IEnumerable<OpenPeriod> PiecesOf(ServiceHours hours, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        foreach (var interval in hours.Weekly)
        {
            if (interval.Day != day.DayOfWeek)
            {
                continue;
            }
            var opens = midnight + interval.Opens.ToTimeSpan();
            var closes = midnight + interval.ClosesAfterMidnight;
            // An overnight opening is cut at midnight so each part obeys its own date's holiday.
            for (var partStart = opens; partStart < closes;)
            {
                var nextMidnight = partStart.Date.AddDays(1);
                var partEnd = closes < nextMidnight ? closes : nextMidnight;
                if (!hours.Holidays.IsClosed(DateOnly.FromDateTime(partStart)))
                {
                    var start = LocalTime.ToUtc(hours.TimeZone, partStart);
                    var end = LocalTime.ToUtc(hours.TimeZone, partEnd);
                    if (end > start)
                    {
                        yield return new OpenPeriod(start, end);
                    }
                }
                partStart = partEnd;
            }
        }
    }
}
