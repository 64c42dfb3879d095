namespace SomeTeams.Teams.Graph;

/// <summary>How a Graph call ended; the caller decides what a failure means (retry later, or fall back).</summary>
public enum GraphOutcome
{
    Ok,

    /// <summary>429: try again after <c>RetryAfter</c>; nothing is retried inline.</summary>
    Throttled,

    /// <summary>403: not consented, not licensed (no Shifts, no presence), or not allowed for this user: use the fallback.</summary>
    Forbidden,

    /// <summary>404: no such user or team, or the app is not installed for the user.</summary>
    NotFound,

    /// <summary>Any other 4xx (a bad request, a token Graph refused): retrying the same call will not help.</summary>
    Rejected,

    /// <summary>5xx, a lost connection or a timeout: safe to try again later.</summary>
    Unavailable,
}

public sealed record GraphResult<T>(GraphOutcome Outcome, T? Value = default, int? StatusCode = null, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Outcome == GraphOutcome.Ok;

    /// <summary>Whether the caller should use its other channel now (a personal message, the configured rota).</summary>
    public bool UseFallback => Outcome is GraphOutcome.Forbidden or GraphOutcome.NotFound;

    public GraphResult<TOther> As<TOther>() => new(Outcome, default, StatusCode, ErrorCode, RetryAfter);
}
