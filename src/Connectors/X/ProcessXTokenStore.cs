using System.Collections.Concurrent;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Keeps refreshed tokens for the life of the process, over the configured settings. The host
/// replaces it with a persistent store; without one a restart falls back to the configured
/// refresh token, which X has already rotated, and the admin must reconnect.
/// </summary>
internal sealed class ProcessXTokenStore : IXTokenStore
{
    private readonly ConcurrentDictionary<string, XTokens> refreshed = new(StringComparer.Ordinal);

    public ValueTask<XTokens?> GetAsync(SourceAccount account, CancellationToken cancellationToken) =>
        ValueTask.FromResult(refreshed.TryGetValue(account.Id, out var tokens) ? tokens : null);

    public ValueTask SaveAsync(SourceAccount account, XTokens tokens, CancellationToken cancellationToken)
    {
        refreshed[account.Id] = tokens;
        return ValueTask.CompletedTask;
    }
}
