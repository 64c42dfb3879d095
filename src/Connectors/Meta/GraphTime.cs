using System.Globalization;

namespace SomeTeams.Connectors.Meta;

/// <summary>Graph times: "2026-08-20T09:30:00+0000" in reads, Unix seconds or milliseconds in webhooks (§3.2).</summary>
internal static class GraphTime
{
    public static bool TryParse(string? value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
