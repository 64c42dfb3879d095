using SomeTeams.Core.Policies;

namespace SomeTeams.Core.Tests.Policies;

public sealed class HolidayCalendarTests
{
    [Fact]
    public void Finland_MidsummerEve2026_IsClosed() =>
        Assert.Equal("Juhannusaatto", HolidayCalendar.Finland.HolidayOn(new DateOnly(2026, 6, 19))?.Name);

    [Fact]
    public void Finland_OrdinaryTuesday_IsOpen() =>
        Assert.False(HolidayCalendar.Finland.IsClosed(new DateOnly(2026, 11, 24)));

    [Fact]
    public void Finland_2008AscensionOnMayDay_DoesNotThrow() =>
        Assert.True(HolidayCalendar.Finland.IsClosed(new DateOnly(2008, 5, 1)));

    [Fact]
    public void With_ExtraClosureAndReopenedHoliday_AppliesBoth()
    {
        var calendar = HolidayCalendar.Finland.With(CalendarOverrides.Parse("2026-12-31 Uudenvuodenaatto\nopen 2026-01-06"));

        Assert.Equal("Uudenvuodenaatto", calendar.HolidayOn(new DateOnly(2026, 12, 31))?.Name);
        Assert.False(calendar.IsClosed(new DateOnly(2026, 1, 6)));
        Assert.True(calendar.IsClosed(new DateOnly(2026, 1, 1)));
        Assert.True(HolidayCalendar.Finland.IsClosed(new DateOnly(2026, 1, 6)));
    }

    [Fact]
    public void Between_ChristmasWeek2026_ListsTheClosedDaysInOrder()
    {
        var names = HolidayCalendar.Finland.Between(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 7)).Select(h => h.Name);

        Assert.Equal(["Jouluaatto", "Joulupäivä", "Tapaninpäivä", "Uudenvuodenpäivä", "Loppiainen"], names);
    }

    [Fact]
    public void None_Christmas_IsOpen() =>
        Assert.False(HolidayCalendar.None.IsClosed(new DateOnly(2026, 12, 25)));
}
