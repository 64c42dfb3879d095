using System.Globalization;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;

namespace SomeTeams.Cli.Stats;

/// <summary>
/// What `stats` was asked for. The dates are whole days in the team's time zone, both included:
/// <c>--from 2026-11-01 --to 2026-11-30</c> is November in Helsinki. <c>--hours</c> gives the
/// team's weekly service hours as an admin types them (WeeklyHours), with Finnish holidays;
/// without it, Mon–Fri 9–17.
/// </summary>
internal sealed record StatsArguments(StatsPeriod Period, string? OutPath, bool IncludeAgents, VipRule Vip, ServiceHours Hours)
{
    public static readonly string[] Valued = ["--from", "--to", "--out", "--time-zone", "--vip-followers", "--vip", "--hours"];
    public static readonly string[] Switches = ["--include-agents"];

    /// <summary>The arguments, or a message saying what is wrong with them.</summary>
    public static (StatsArguments? Arguments, string? Error) Parse(string[] args)
    {
        var options = CliOptions.Parse(args, Valued, Switches);
        if (options.Error is not null)
        {
            return (null, options.Error);
        }
        if (options.Value("--from") is not { } fromText || options.Value("--to") is not { } toText)
        {
            return (null, "--from and --to are required (yyyy-mm-dd)");
        }
        if (!TryDay(fromText, out var from) || !TryDay(toText, out var to))
        {
            return (null, "dates are yyyy-mm-dd, e.g. --from 2026-11-01 --to 2026-11-30");
        }
        if (to < from)
        {
            return (null, "--to is before --from");
        }
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value("--time-zone") ?? ServiceHours.DefaultTimeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return (null, $"unknown time zone '{options.Value("--time-zone")}'");
        }
        long? followers = null;
        if (options.Value("--vip-followers") is { } text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, "--vip-followers takes a whole number");
            }
            followers = parsed;
        }
        var authors = (options.Value("--vip") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (authors.FirstOrDefault(a => !a.Contains(':', StringComparison.Ordinal)) is { } bad)
        {
            return (null, $"--vip takes network:authorId entries separated by commas, not '{bad}'");
        }
        var hours = ServiceHours.Default;
        if (options.Value("--hours") is { } weekly)
        {
            try
            {
                hours = new ServiceHours(zone.Id, WeeklyHours.Parse(weekly), HolidayCalendar.Finland);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return (null, $"--hours: {e.Message}");
            }
        }
        var period = new StatsPeriod(StartOf(from, zone), StartOf(to.AddDays(1), zone));
        return (new StatsArguments(period, options.Value("--out"), options.Has("--include-agents"), new VipRule(followers, authors), hours), null);
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Local midnight as UTC; where a DST change skips midnight, the day starts at the first valid instant after it.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var wall = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(30);
        }
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
