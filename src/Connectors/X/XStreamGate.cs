using System.Collections.Concurrent;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Remembers, per account, until when the listening search and the DM read must rest after a
/// rate limit. DM events allow 15 calls per 15 minutes (§2.8): a rested secondary stream must
/// not hold back the mention timeline, which keeps its own cursor and keeps flowing.
/// </summary>
internal sealed class XStreamGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Account, string Stream), DateTimeOffset> resting = new();

    public bool IsResting(SourceAccount account, string stream) =>
        resting.TryGetValue((account.Id, stream), out var until) && until > time.GetUtcNow();

    public void Rest(SourceAccount account, string stream, TimeSpan wait) =>
        resting[(account.Id, stream)] = time.GetUtcNow() + wait;
}
