using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class BusinessClockTests
{
    private static readonly BusinessClock OfficeHours = new(ServiceHours.Default);

    [Theory]
    [InlineData("2026-11-20 16:45", 30, "2026-11-23 09:15")] // Friday evening → Monday
    [InlineData("2026-11-20 16:30", 60, "2026-11-23 09:30")]
    [InlineData("2026-11-24 10:00", 60, "2026-11-24 11:00")] // inside the day
    [InlineData("2026-11-24 16:30", 30, "2026-11-24 17:00")] // ends exactly at closing: stays that day
    [InlineData("2026-11-24 18:10", 60, "2026-11-25 10:00")] // evening: clock starts next morning
    [InlineData("2026-11-24 06:00", 60, "2026-11-24 10:00")] // early morning
    [InlineData("2026-11-21 12:00", 60, "2026-11-23 10:00")] // Saturday
    [InlineData("2026-11-24 09:00", 16 * 60, "2026-11-25 17:00")] // two whole days
    public void AddBusinessTime_OfficeHours_SkipsEveningsAndWeekends(string start, int minutes, string due)
    {
        var time = new FakeTimeProvider(At(start));

        var result = OfficeHours.AddBusinessTime(time.GetUtcNow(), TimeSpan.FromMinutes(minutes));

        Assert.Equal(At(due), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Theory]
    [InlineData("2026-12-23 16:30", 60, "2026-12-28 09:30")] // Christmas Eve, Day and Boxing Day, then a weekend
    [InlineData("2026-04-02 16:45", 30, "2026-04-07 09:15")] // Good Friday to Easter Monday
    [InlineData("2026-06-18 16:30", 60, "2026-06-22 09:30")] // Midsummer Eve
    [InlineData("2026-05-13 16:30", 60, "2026-05-15 09:30")] // Ascension Day
    [InlineData("2026-12-31 16:30", 60, "2027-01-04 09:30")] // New Year's Day, then a weekend
    [InlineData("2027-01-05 16:30", 60, "2027-01-07 09:30")] // Epiphany on a Wednesday
    [InlineData("2027-04-30 16:30", 60, "2027-05-03 09:30")] // May Day on a Saturday changes nothing
    public void AddBusinessTime_FinnishHolidays_AreSkipped(string start, int minutes, string due) =>
        Assert.Equal(At(due), OfficeHours.AddBusinessTime(At(start), TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void AddBusinessTime_ZeroWhileClosed_IsTheNextOpening() =>
        Assert.Equal(At("2026-11-23 09:00"), OfficeHours.AddBusinessTime(At("2026-11-20 17:00"), TimeSpan.Zero));

    [Fact]
    public void AddBusinessTime_NegativeDuration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.AddBusinessTime(At("2026-11-20 12:00"), TimeSpan.FromMinutes(-1)));

    [Fact]
    public void AddBusinessTime_InputWithOffset_ReturnsTheSameInstantInUtc()
    {
        var start = new DateTimeOffset(2026, 11, 20, 16, 45, 0, TimeSpan.FromHours(2));

        var due = OfficeHours.AddBusinessTime(start, TimeSpan.FromMinutes(30));

        Assert.Equal(Utc("2026-11-23 07:15"), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void AddBusinessTime_LunchBreak_IsNotCounted()
    {
        var hours = new ServiceHours("Europe/Helsinki",
            OpeningInterval.Weekdays(new(8, 0), new(11, 30)).Concat(OpeningInterval.Weekdays(new(12, 30), new(16, 0))), HolidayCalendar.Finland);

        Assert.Equal(At("2026-11-24 12:45"), new BusinessClock(hours).AddBusinessTime(At("2026-11-24 11:00"), TimeSpan.FromMinutes(45)));
    }

    [Fact]
    public void BusinessTimeBetween_FakeTimeAdvancedOverWeekend_CountsOnlyOpenTime()
    {
        var time = new FakeTimeProvider(At("2026-11-20 16:00"));
        var start = time.GetUtcNow();

        time.Advance(TimeSpan.FromDays(3)); // Monday 16:00

        Assert.Equal(TimeSpan.FromHours(8), OfficeHours.BusinessTimeBetween(start, time.GetUtcNow()));
        Assert.Equal(TimeSpan.FromHours(-8), OfficeHours.BusinessTimeBetween(time.GetUtcNow(), start));
    }

    [Fact]
    public void BusinessTimeBetween_ChristmasFortnight_CountsWorkingDaysOnly()
    {
        // 21.12.–3.1.: Mon–Wed, then Mon 28.–Thu 31., nothing on Fri 1.1. → 7 working days.
        var between = OfficeHours.BusinessTimeBetween(At("2026-12-21 00:00"), At("2027-01-04 00:00"));

        Assert.Equal(TimeSpan.FromHours(7 * 8), between);
    }

    [Fact]
    public void BusinessTimeBetween_SameInstant_IsZero() =>
        Assert.Equal(TimeSpan.Zero, OfficeHours.BusinessTimeBetween(At("2026-11-24 10:00"), At("2026-11-24 10:00")));

    [Fact]
    public void AddBusinessTime_ThousandsOfHours_JumpsByPeriods()
    {
        var start = At("2026-01-05 09:00");

        var due = OfficeHours.AddBusinessTime(start, TimeSpan.FromHours(8 * 2000));

        Assert.Equal(TimeSpan.FromHours(8 * 2000), OfficeHours.BusinessTimeBetween(start, due));
        Assert.Equal(17, TimeZoneInfo.ConvertTime(due, Zone).Hour);
    }
}
