using System.Globalization;
using System.Text;

namespace SomeTeams.Core.Stats;

/// <summary>
/// A report as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or
/// LF, quotes doubled), one row per figure under the header <c>section,item,value,unit</c>, so a
/// spreadsheet filters by section and new figures add rows, not columns. Invariant culture:
/// counts are integers, ratios 0–1 with four decimals, durations minutes with two decimals; an
/// empty value means "no data" (a median of no samples). Per-agent rows only when asked: they
/// are managers' data.
/// </summary>
public static class StatsCsv
{
    public const string Header = "section,item,value,unit";

    public static string Write(StatsReport report, bool includeAgents)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var (section, item, value, unit) in StatsRows.Of(report, includeAgents))
        {
            csv.Append(Field(section)).Append(',').Append(Field(item)).Append(',')
                .Append(Field(value)).Append(',').Append(Field(unit)).Append("\r\n");
        }
        return csv.ToString();
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    internal static string Minutes(TimeSpan? duration) =>
        duration is { } d ? d.TotalMinutes.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    internal static string Ratio(double? share) =>
        share is { } s ? s.ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty;

    internal static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>An instant as the CSV writes it: UTC, to the second, with a Z.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
