using SomeTeams.Core.Policies;

namespace SomeTeams.Core.Tests.Policies;

/// <summary>
/// The period-jumping clock against the simplest clock that could be right: step a minute at a
/// time and ask whether the wall clock in Helsinki shows an opening on a working day.
/// </summary>
public sealed class BusinessClockReferenceTests
{
    private static readonly ServiceHours Split = new("Europe/Helsinki",
        OpeningInterval.Weekdays(new(8, 0), new(12, 0))
            .Concat(OpeningInterval.Weekdays(new(13, 0), new(20, 0)))
            .Append(new OpeningInterval(DayOfWeek.Friday, new(22, 0), new(2, 0)))
            .Append(new OpeningInterval(DayOfWeek.Saturday, new(10, 0), new(14, 0))),
        HolidayCalendar.Finland);

    [Fact]
    public void AddBusinessTime_RandomStartsThroughTheYear_MatchesMinuteStepping()
    {
        var clock = new BusinessClock(Split);
        var random = new Random(7);
        var yearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var sample = 0; sample < 300; sample++)
        {
            var start = yearStart.AddMinutes(random.Next(0, 365 * 24 * 60));
            var minutes = random.Next(1, 6 * 60);

            Assert.Equal(SteppedDue(start, minutes), clock.AddBusinessTime(start, TimeSpan.FromMinutes(minutes)));
        }
    }

    [Fact]
    public void BusinessTimeBetween_RandomSpansThroughTheYear_MatchesMinuteStepping()
    {
        var clock = new BusinessClock(Split);
        var random = new Random(11);
        var yearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var sample = 0; sample < 100; sample++)
        {
            var from = yearStart.AddMinutes(random.Next(0, 365 * 24 * 60));
            var to = from.AddMinutes(random.Next(0, 5 * 24 * 60));
            var open = 0;
            for (var t = from; t < to; t = t.AddMinutes(1))
            {
                open += IsOpen(t) ? 1 : 0;
            }

            Assert.Equal(TimeSpan.FromMinutes(open), clock.BusinessTimeBetween(from, to));
        }
    }

    private static DateTimeOffset SteppedDue(DateTimeOffset start, int minutes)
    {
        var t = start;
        while (minutes > 0)
        {
            if (IsOpen(t))
            {
                minutes--;
            }
            t = t.AddMinutes(1);
        }
        return t;
    }

    // Judged on the minute that begins at t, by the local wall clock; an overnight opening is
    // looked up on the day it started. No local time of these openings falls in a DST change.
    private static bool IsOpen(DateTimeOffset t)
    {
        var local = TimeZoneInfo.ConvertTime(t, Helsinki.Zone).DateTime;
        if (Split.Holidays.IsClosed(DateOnly.FromDateTime(local)))
        {
            return false;
        }
        var minute = TimeOnly.FromDateTime(local);
        var yesterday = local.AddDays(-1).DayOfWeek;
        return Split.Weekly.Any(i =>
            (i.Day == local.DayOfWeek && minute >= i.Opens && (i.Overnight || minute < i.Closes))
            || (i.Day == yesterday && i.Overnight && minute < i.Closes));
    }
}
