using System.Collections.Concurrent;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Counts YouTube quota units per Google Cloud project and Pacific day (the quota resets at
/// midnight Pacific Time and the API sends no usage headers, social-apis.md §7, §7.3). Calls that
/// would cross the daily limit are refused before they are made; reads also leave a reserve so
/// replies and moderation still fit. With the host's <see cref="IQuotaLedger"/> the count is
/// shared by every instance and survives restarts; without one it lives in the process.
/// </summary>
internal sealed class YouTubeQuota(TimeProvider time, IQuotaLedger? ledger = null)
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

    /// <summary>Takes <paramref name="cost"/> units if they fit under <paramref name="ceiling"/>; false means do not call.</summary>
    public Task<bool> TrySpendAsync(string project, int cost, int ceiling, CancellationToken cancellationToken) =>
        ledger is null ? Task.FromResult(TrySpendHere(project, cost, ceiling)) : ledger.TrySpendAsync(project, Today(), cost, ceiling, cancellationToken);

    /// <summary>The API said quotaExceeded: nothing more today, whatever the count said.</summary>
    public Task ExhaustAsync(string project, CancellationToken cancellationToken)
    {
        if (ledger is not null)
        {
            return ledger.ExhaustAsync(project, Today(), cancellationToken);
        }

        days[project] = new Day(Today(), int.MaxValue / 2);
        return Task.CompletedTask;
    }

    private bool TrySpendHere(string project, int cost, int ceiling)
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

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Pacific).Date);

    private sealed record Day(DateOnly Date, int Units);
}
