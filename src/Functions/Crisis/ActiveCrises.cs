using Microsoft.Extensions.Options;
using SomeTeams.Core.Crisis;
using SomeTeams.Storage.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// The active crises, read from storage at most once per <see cref="CrisisOptions.ActiveCacheFor"/>:
/// the card poster asks for every new case, and a table read per card would double its cost.
/// </summary>
public sealed class ActiveCrises(CrisisStore store, IOptions<CrisisOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private (DateTimeOffset ReadAt, IReadOnlyList<CrisisPeriod> Active)? cached;

    public async Task<IReadOnlyList<CrisisPeriod>> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (cached is { } c && now - c.ReadAt < options.Value.ActiveCacheFor && now >= c.ReadAt)
            {
                return c.Active;
            }
        }

        var active = (await store.ListPeriodsAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Period).Where(p => p.IsActive).ToList();
        lock (gate)
        {
            cached = (now, active);
        }

        return active;
    }

    /// <summary>Forgets the cached list (this instance raised or ended a crisis).</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            cached = null;
        }
    }
}
