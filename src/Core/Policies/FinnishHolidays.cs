namespace SomeTeams.Core.Policies;

/// <summary>
/// Finnish public holidays of any year, plus Midsummer Eve and Christmas Eve, which are not
/// statutory but on which shops and offices close (a care team treats them as days off).
/// Pentecost is included although always a Sunday, because a seven-day team closes on it too.
/// </summary>
public static class FinnishHolidays
{
    public static IReadOnlyList<Holiday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        var easter = EasterSunday(year);
        return
        [
            new(new DateOnly(year, 1, 1), "Uudenvuodenpäivä"),
            new(new DateOnly(year, 1, 6), "Loppiainen"),
            new(easter.AddDays(-2), "Pitkäperjantai"),
            new(easter, "Pääsiäispäivä"),
            new(easter.AddDays(1), "2. pääsiäispäivä"),
            new(new DateOnly(year, 5, 1), "Vappu"),
            new(easter.AddDays(39), "Helatorstai"),
            new(easter.AddDays(49), "Helluntaipäivä"),
            new(FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday), "Juhannusaatto"),
            new(FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday), "Juhannuspäivä"),
            new(FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), "Pyhäinpäivä"),
            new(new DateOnly(year, 12, 6), "Itsenäisyyspäivä"),
            new(new DateOnly(year, 12, 24), "Jouluaatto"),
            new(new DateOnly(year, 12, 25), "Joulupäivä"),
            new(new DateOnly(year, 12, 26), "Tapaninpäivä"),
        ];
    }

    /// <summary>Easter Sunday by the Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
