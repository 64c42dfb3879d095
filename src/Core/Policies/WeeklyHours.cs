using System.Globalization;

namespace SomeTeams.Core.Policies;

/// <summary>
/// Weekly openings as an admin types them, one entry a line or separated by ';':
/// <code>
/// mon-fri 08:00-11:30, 12:30-17:00
/// sat 10:00-14:00
/// fri 22:00-02:00        runs past midnight into Saturday
/// sun 00:00-24:00        the whole day
/// </code>
/// Days are mon tue wed thu fri sat sun, as a range (mon-fri) or a list (mon,wed).
/// </summary>
public static class WeeklyHours
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static IReadOnlyList<OpeningInterval> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var intervals = new List<OpeningInterval>();
        foreach (var raw in text.Split(['\n', ';']))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            var space = entry.IndexOfAny([' ', '\t']);
            if (space < 0)
            {
                throw new FormatException($"Service hours '{entry}': expected days and times, like 'mon-fri 09:00-17:00'.");
            }
            var days = Days(entry[..space], entry);
            foreach (var range in entry[space..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0)
                {
                    throw new FormatException($"Service hours '{entry}': '{range}' is not a time range like 09:00-17:00.");
                }
                var opens = Time(range[..dash].Trim(), entry);
                var closes = Time(range[(dash + 1)..].Trim(), entry);
                intervals.AddRange(days.Select(d => new OpeningInterval(d, opens, closes)));
            }
        }
        return intervals;
    }

    private static List<DayOfWeek> Days(string text, string entry)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(','))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var first = Day(dash < 0 ? part : part[..dash], entry);
            var last = dash < 0 ? first : Day(part[(dash + 1)..], entry);
            // Ranges run Monday-first, so sat-mon covers the weekend and Monday.
            for (var d = first; ; d = (DayOfWeek)(((int)d + 1) % 7))
            {
                days.Add(d);
                if (d == last)
                {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek Day(string text, string entry)
    {
        var i = Array.IndexOf(DayNames, text.Trim().ToLowerInvariant());
        return i >= 0 ? (DayOfWeek)i : throw new FormatException($"Service hours '{entry}': '{text}' is not a day (mon tue wed thu fri sat sun).");
    }

    private static TimeOnly Time(string text, string entry)
    {
        if (text == "24:00")
        {
            return TimeOnly.MinValue;
        }
        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"Service hours '{entry}': '{text}' is not a time like 09:00.");
    }
}
