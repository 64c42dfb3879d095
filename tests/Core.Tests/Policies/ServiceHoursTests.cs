using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class ServiceHoursTests
{
    private static readonly ServiceHours Evenings = new("Europe/Helsinki",
        WeeklyHours.Parse("mon-fri 09:00-17:00; fri 22:00-02:00; sat 08:00-12:00"), HolidayCalendar.Finland);

    [Theory]
    [InlineData("2026-11-24 08:59", false)]
    [InlineData("2026-11-24 09:00", true)]
    [InlineData("2026-11-24 16:59", true)]
    [InlineData("2026-11-24 17:00", false)]
    [InlineData("2026-11-21 12:00", false)] // Saturday
    [InlineData("2026-12-24 10:00", false)] // Christmas Eve, a Thursday
    public void IsOpen_DefaultHours_OnlyOnWorkingDaysNineToFive(string at, bool open) =>
        Assert.Equal(open, ServiceHours.Default.IsOpen(At(at)));

    [Fact]
    public void Default_IsHelsinkiWeekdaysWithFinnishHolidays()
    {
        Assert.Equal("Europe/Helsinki", ServiceHours.Default.TimeZoneId);
        Assert.Equal(5, ServiceHours.Default.Weekly.Count);
        Assert.Same(HolidayCalendar.Finland, ServiceHours.Default.Holidays);
    }

    [Theory]
    [InlineData("2026-11-21 01:00", true)]  // Friday's late opening runs into Saturday night
    [InlineData("2026-11-21 02:00", false)]
    [InlineData("2026-12-25 23:00", false)] // Christmas Day: the Friday late opening is closed too
    [InlineData("2026-12-26 01:00", false)] // and Boxing Day's part after midnight
    public void IsOpen_OvernightOpening_ObeysEachDatesHoliday(string at, bool open) =>
        Assert.Equal(open, Evenings.IsOpen(At(at)));

    [Fact]
    public void OpenPeriodsFrom_FridayAfternoon_MergesNothingAcrossTheGapAndClipsTheFirst()
    {
        var periods = Evenings.OpenPeriodsFrom(At("2026-11-20 15:00")).Take(3).ToList();

        Assert.Equal(
        [
            new OpenPeriod(At("2026-11-20 15:00"), At("2026-11-20 17:00")),
            new OpenPeriod(At("2026-11-20 22:00"), At("2026-11-21 02:00")),
            new OpenPeriod(At("2026-11-21 08:00"), At("2026-11-21 12:00")),
        ], periods);
    }

    [Fact]
    public void OpenPeriodsFrom_OvernightMeetingTheMorning_IsOnePeriod()
    {
        var hours = new ServiceHours("Europe/Helsinki", WeeklyHours.Parse("mon 18:00-00:00; tue 00:00-06:00, 08:00-12:00"), HolidayCalendar.None);

        Assert.Equal(new OpenPeriod(At("2026-11-23 18:00"), At("2026-11-24 06:00")), hours.OpenPeriodsFrom(At("2026-11-23 12:00")).First());
    }

    [Fact]
    public void OpenPeriodsFrom_RoundTheClock_HandsOutWeeksWithoutGaps()
    {
        var always = new ServiceHours("UTC", WeeklyHours.Parse("mon-sun 00:00-24:00"), HolidayCalendar.None);

        var periods = always.OpenPeriodsFrom(Utc("2026-11-24 10:00")).Take(3).ToList();

        Assert.Equal(Utc("2026-11-24 10:00"), periods[0].Start);
        Assert.Equal(periods[0].End, periods[1].Start);
        Assert.Equal(periods[1].End, periods[2].Start);
        Assert.All(periods, p => Assert.InRange(p.Length, TimeSpan.FromDays(6), TimeSpan.FromDays(8)));
    }

    [Fact]
    public void NextOpening_ClosedForYears_ThrowsInsteadOfLooping()
    {
        var everyDay = new HolidayCalendar(y => [.. Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365)
            .Select(d => new Holiday(new DateOnly(y, 1, 1).AddDays(d), "Suljettu"))]);
        var hours = new ServiceHours("Europe/Helsinki", OpeningInterval.Weekdays(new(9, 0), new(17, 0)), everyDay);

        Assert.Throws<InvalidOperationException>(() => hours.NextOpening(At("2026-11-24 10:00")));
    }

    [Fact]
    public void Constructor_NoOpenings_Throws() =>
        Assert.Throws<ArgumentException>(() => new ServiceHours("Europe/Helsinki", [], HolidayCalendar.Finland));

    [Fact]
    public void Constructor_UnknownZone_Throws() =>
        Assert.Throws<TimeZoneNotFoundException>(() => new ServiceHours("Europe/Atlantis", OpeningInterval.Weekdays(new(9, 0), new(17, 0)), HolidayCalendar.Finland));
}
