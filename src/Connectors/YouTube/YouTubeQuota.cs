using System.Collections.Concurrent;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Counts YouTube quota units per Google Cloud project and Pacific day (the quota resets at
/// midnight Pacific Time and the API sends no usage headers, social-apis.md §7, §7.3). Calls that
/// would cross the daily limit are refused before they are made; reads also leave a reserve so
/// replies and moderation still fit.
/// </summary>
internal sealed class YouTubeQuota(TimeProvider time)
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private readonly ConcurrentDictionary<string, Day> days = new(StringComparer.Ordinal);

    public DateTimeOffset ResetsAt
    {
        get
        {
            var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Pacific);
            var midnight = local.Date.AddDays(1);
            return new DateTimeOffset(midnight, Pacific.GetUtcOffset(midnight)).ToUniversalTime();
        }
    }

    public int Used(string project) => days.TryGetValue(project, out var day) && day.Date == Today() ? day.Units : 0;

    /// <summary>Takes <paramref name="cost"/> units if they fit under <paramref name="ceiling"/>; false means do not call.</summary>
    public bool TrySpend(string project, int cost, int ceiling)
    {
        var today = Today();
        while (true)
        {
            var current = days.GetOrAdd(project, _ => new Day(today, 0));
            var used = current.Date == today ? current.Units : 0;
            if (used + cost > ceiling)
            {
                return false;
            }

            if (days.TryUpdate(project, new Day(today, used + cost), current))
            {
                return true;
            }
        }
    }

    /// <summary>The API said quotaExceeded: nothing more today, whatever the local count said.</summary>
    public void Exhaust(string project) => days[project] = new Day(Today(), int.MaxValue / 2);

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Pacific).Date);

    private sealed record Day(DateOnly Date, int Units);
}
