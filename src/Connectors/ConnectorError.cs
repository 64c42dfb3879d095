using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// The ways a network call fails, decided in one place per connector from status and error body.
/// <see cref="Reason"/> is neutral English for logs and audit; <see cref="Problem"/> is the stable
/// code the card shows, by default the kind's own, more precise where the error body says more
/// (X's summoning rule, Meta's messaging window).
/// </summary>
public abstract record ConnectorError(string Reason)
{
    private readonly ActionProblem? problem;

    public ActionProblem Problem
    {
        get => problem ?? this switch
        {
            RateLimited => ActionProblem.RateLimited,
            AuthExpired => ActionProblem.AuthExpired,
            QuotaExhausted => ActionProblem.QuotaExhausted,
            NotFound => ActionProblem.ItemGone,
            Unavailable => ActionProblem.Unavailable,
            _ => ActionProblem.Rejected,
        };
        init => problem = value;
    }

    /// <summary>Back off until <paramref name="RetryAfter"/> has passed (from the network's rate-limit headers).</summary>
    public sealed record RateLimited(TimeSpan RetryAfter, string Reason) : ConnectorError(Reason);

    /// <summary>The token expired or was revoked: an admin must reconnect the account.</summary>
    public sealed record AuthExpired(string Reason) : ConnectorError(Reason);

    /// <summary>A daily quota (YouTube units, X credits) is spent until <paramref name="ResetsAt"/>.</summary>
    public sealed record QuotaExhausted(DateTimeOffset? ResetsAt, string Reason) : ConnectorError(Reason);

    public sealed record NotFound(string Reason) : ConnectorError(Reason);

    /// <summary>The network refused the request as such (policy, validation); retrying will not help.</summary>
    public sealed record Rejected(string Reason) : ConnectorError(Reason);

    /// <summary>A transient failure (5xx, timeout before sending); safe to retry later.</summary>
    public sealed record Unavailable(string Reason) : ConnectorError(Reason);
}
