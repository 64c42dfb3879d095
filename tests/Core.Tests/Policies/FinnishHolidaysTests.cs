using SomeTeams.Core.Policies;

namespace SomeTeams.Core.Tests.Policies;

public sealed class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears_MatchesPublishedDate(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FinnishHolidays.EasterSunday(year));

    [Fact]
    public void For_2026_ListsEveryClosedDayOfTheFinnishCalendar()
    {
        var days = FinnishHolidays.For(2026).Select(h => $"{h.Date:MM-dd} {h.Name}");

        Assert.Equal(
        [
            "01-01 Uudenvuodenpäivä", "01-06 Loppiainen", "04-03 Pitkäperjantai", "04-05 Pääsiäispäivä",
            "04-06 2. pääsiäispäivä", "05-01 Vappu", "05-14 Helatorstai", "05-24 Helluntaipäivä",
            "06-19 Juhannusaatto", "06-20 Juhannuspäivä", "10-31 Pyhäinpäivä", "12-06 Itsenäisyyspäivä",
            "12-24 Jouluaatto", "12-25 Joulupäivä", "12-26 Tapaninpäivä",
        ], days);
    }

    [Theory]
    [InlineData(2025, "06-20", "06-21", "11-01")]
    [InlineData(2026, "06-19", "06-20", "10-31")]
    [InlineData(2027, "06-25", "06-26", "11-06")]
    [InlineData(2028, "06-23", "06-24", "11-04")]
    [InlineData(2029, "06-22", "06-23", "11-03")]
    [InlineData(2030, "06-21", "06-22", "11-02")]
    public void For_MovableSaturdayHolidays_FallOnTheRightWeekday(int year, string eve, string midsummer, string allSaints)
    {
        var byName = FinnishHolidays.For(year).ToDictionary(h => h.Name, h => h.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(eve, byName["Juhannusaatto"]);
        Assert.Equal(midsummer, byName["Juhannuspäivä"]);
        Assert.Equal(allSaints, byName["Pyhäinpäivä"]);
    }

    [Fact]
    public void For_AnyYear_GoodFridayIsFridayAndAscensionIsThursday()
    {
        for (var year = 2020; year <= 2060; year++)
        {
            var byName = FinnishHolidays.For(year).ToDictionary(h => h.Name, h => h.Date);
            Assert.Equal(DayOfWeek.Friday, byName["Pitkäperjantai"].DayOfWeek);
            Assert.Equal(DayOfWeek.Sunday, byName["Pääsiäispäivä"].DayOfWeek);
            Assert.Equal(DayOfWeek.Thursday, byName["Helatorstai"].DayOfWeek);
            Assert.Equal(DayOfWeek.Friday, byName["Juhannusaatto"].DayOfWeek);
            Assert.Equal(DayOfWeek.Saturday, byName["Pyhäinpäivä"].DayOfWeek);
        }
    }

    [Fact]
    public void For_YearBeforeGregorianCalendar_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FinnishHolidays.For(1500));
}
