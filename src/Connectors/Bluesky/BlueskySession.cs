namespace SomeTeams.Connectors.Bluesky;

/// <summary>
/// A Bluesky session (createSession output). The host persists it through
/// <see cref="IBlueskySessionStore"/> so a restart refreshes it instead of logging in again:
/// createSession is limited to 30 per 5 minutes and 300 a day (social-apis.md §6.1).
/// </summary>
public sealed record BlueskySession(string Did, string Handle, string AccessJwt, string RefreshJwt)
{
    // Tokens must never reach a log through a record's generated ToString.
    public override string ToString() => $"BlueskySession {Did}";
}

/// <summary>Where sessions survive restarts; the host provides a durable one (e.g. a table row per account).</summary>
public interface IBlueskySessionStore
{
    Task<BlueskySession?> LoadAsync(string accountId, CancellationToken cancellationToken);

    Task SaveAsync(string accountId, BlueskySession session, CancellationToken cancellationToken);
}

/// <summary>The default store: sessions live as long as the process (enough for the local run and tests).</summary>
public sealed class InMemoryBlueskySessionStore : IBlueskySessionStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, BlueskySession> sessions = new(StringComparer.Ordinal);

    public Task<BlueskySession?> LoadAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.TryGetValue(accountId, out var session) ? session : null);

    public Task SaveAsync(string accountId, BlueskySession session, CancellationToken cancellationToken)
    {
        sessions[accountId] = session;
        return Task.CompletedTask;
    }
}
