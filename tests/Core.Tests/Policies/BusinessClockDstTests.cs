using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

/// <summary>Helsinki moves 03:00→04:00 on 29.3.2026 and 04:00→03:00 on 25.10.2026.</summary>
public sealed class BusinessClockDstTests
{
    private static readonly BusinessClock RoundTheClock =
        new(new ServiceHours("Europe/Helsinki", OpeningInterval.EveryDay(new(0, 0), new(0, 0)), HolidayCalendar.None));

    [Fact]
    public void AddBusinessTime_OfficeHoursOverSpringForward_KeepsLocalNineOClock()
    {
        var due = new BusinessClock(ServiceHours.Default).AddBusinessTime(At("2026-03-27 16:30"), TimeSpan.FromHours(1));

        Assert.Equal(Utc("2026-03-30 06:30"), due); // 09:30 EEST
    }

    [Fact]
    public void AddBusinessTime_OfficeHoursOverFallBack_KeepsLocalNineOClock()
    {
        var due = new BusinessClock(ServiceHours.Default).AddBusinessTime(At("2026-10-23 16:30"), TimeSpan.FromHours(1));

        Assert.Equal(Utc("2026-10-26 07:30"), due); // 09:30 EET
    }

    [Fact]
    public void AddBusinessTime_RoundTheClockOverSpringForward_CountsRealHours()
    {
        var due = RoundTheClock.AddBusinessTime(At("2026-03-28 23:00"), TimeSpan.FromHours(6));

        Assert.Equal(At("2026-03-29 06:00"), due);
        Assert.Equal(TimeSpan.FromHours(6), due - At("2026-03-28 23:00"));
    }

    [Fact]
    public void AddBusinessTime_RoundTheClockOverFallBack_CountsRealHours() =>
        Assert.Equal(At("2026-10-25 04:00"), RoundTheClock.AddBusinessTime(At("2026-10-24 23:00"), TimeSpan.FromHours(6)));

    [Fact]
    public void BusinessTimeBetween_RoundTheClockWeeks_Are167And169Hours()
    {
        Assert.Equal(TimeSpan.FromHours(167), RoundTheClock.BusinessTimeBetween(At("2026-03-23 00:00"), At("2026-03-30 00:00")));
        Assert.Equal(TimeSpan.FromHours(169), RoundTheClock.BusinessTimeBetween(At("2026-10-19 00:00"), At("2026-10-26 00:00")));
    }

    [Fact]
    public void BusinessTimeBetween_NightShiftOnTheChangeNights_IsShorterThenLonger()
    {
        var nights = new BusinessClock(new ServiceHours("Europe/Helsinki", [new(DayOfWeek.Saturday, new(22, 0), new(6, 0))], HolidayCalendar.None));

        Assert.Equal(TimeSpan.FromHours(7), nights.BusinessTimeBetween(At("2026-03-28 12:00"), At("2026-03-29 12:00")));
        Assert.Equal(TimeSpan.FromHours(9), nights.BusinessTimeBetween(At("2026-10-24 12:00"), At("2026-10-25 12:00")));
    }

    [Fact]
    public void NextOpening_OpeningInsideTheSpringGap_OpensAsFarPastTheGap()
    {
        var hours = new ServiceHours("Europe/Helsinki", [new(DayOfWeek.Sunday, new(3, 30), new(8, 0))], HolidayCalendar.None);

        Assert.Equal(Utc("2026-03-29 01:30"), hours.NextOpening(At("2026-03-28 12:00"))); // 04:30 EEST
    }

    [Fact]
    public void NextOpening_OpeningInsideTheAutumnOverlap_OpensAtTheFirstOccurrence()
    {
        var hours = new ServiceHours("Europe/Helsinki", [new(DayOfWeek.Sunday, new(3, 30), new(8, 0))], HolidayCalendar.None);

        Assert.Equal(Utc("2026-10-25 00:30"), hours.NextOpening(At("2026-10-24 12:00"))); // first 03:30, EEST
    }
}
