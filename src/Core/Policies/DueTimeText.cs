using System.Globalization;
using static System.FormattableString;

namespace SomeTeams.Core.Policies;

/// <summary>
/// A due time as a person reads it on the card, in their own time zone and language. The day
/// and month names are written out here rather than taken from the machine's culture data,
/// whose abbreviations differ between ICU versions and would change what a card says.
/// </summary>
public static class DueTimeText
{
    private static readonly string[] FinnishDays = ["su", "ma", "ti", "ke", "to", "pe", "la"];
    private static readonly string[] SwedishDays = ["sön", "mån", "tis", "ons", "tors", "fre", "lör"];
    private static readonly string[] EnglishDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"ti 24.11. klo 9.15" (fi), "tis 24.11. kl. 09:15" (sv), "Tue 24 Nov 09:15" (anything else).</summary>
    public static string Absolute(DateTimeOffset due, TimeZoneInfo viewerZone, string? locale)
    {
        ArgumentNullException.ThrowIfNull(viewerZone);
        var t = TimeZoneInfo.ConvertTime(due, viewerZone);
        var day = (int)t.DayOfWeek;
        var c = CultureInfo.InvariantCulture;
        return LanguageOf(locale) switch
        {
            "fi" => string.Create(c, $"{FinnishDays[day]} {t.Day}.{t.Month}. klo {t.Hour}.{t.Minute:00}"),
            "sv" => string.Create(c, $"{SwedishDays[day]} {t.Day}.{t.Month}. kl. {t.Hour:00}:{t.Minute:00}"),
            _ => string.Create(c, $"{EnglishDays[day]} {t.Day} {EnglishMonths[t.Month - 1]} {t.Hour:00}:{t.Minute:00}"),
        };
    }

    /// <summary>"in 45 min" / "45 min kuluttua" / "om 45 min", or "45 min ago" / "45 min sitten" / "för 45 min sedan" once past.</summary>
    public static string Relative(DateTimeOffset due, DateTimeOffset now, string? locale)
    {
        var language = LanguageOf(locale);
        var left = due - now;
        var minutes = (long)Math.Round(Math.Abs(left.TotalMinutes), MidpointRounding.AwayFromZero);
        if (minutes == 0)
        {
            return language switch { "fi" => "nyt", "sv" => "nu", _ => "now" };
        }
        var span = Span(minutes, language);
        var future = left > TimeSpan.Zero;
        return (language, future) switch
        {
            ("fi", true) => $"{span} kuluttua",
            ("fi", false) => $"{span} sitten",
            ("sv", true) => $"om {span}",
            ("sv", false) => $"för {span} sedan",
            (_, true) => $"in {span}",
            (_, false) => $"{span} ago",
        };
    }

    // "2 d 3 h", "1 h 30 min", "45 min": the two largest units are enough to act on.
    private static string Span(long minutes, string language)
    {
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var mins = minutes % 60;
        var dayUnit = language switch { "fi" => "pv", _ => "d" };
        var parts = days > 0
            ? new[] { Invariant($"{days} {dayUnit}"), hours > 0 ? Invariant($"{hours} h") : null }
            : new[] { hours > 0 ? Invariant($"{hours} h") : null, mins > 0 ? Invariant($"{mins} min") : null };
        return string.Join(' ', parts.Where(p => p is not null));
    }

    private static string LanguageOf(string? locale) =>
        locale is null ? "en"
        : locale.StartsWith("fi", StringComparison.OrdinalIgnoreCase) ? "fi"
        : locale.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? "sv"
        : "en";
}
