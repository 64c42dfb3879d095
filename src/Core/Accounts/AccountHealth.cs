using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Accounts;

/// <summary>
/// What is known about one connected brand account's feed. Only <see cref="AccountHealthRules"/>
/// moves it; <see cref="Alerted"/> remembers what the admins were last told, so an alert is
/// raised once per problem and the recovery announced once.
/// </summary>
/// <param name="TrackedSince">When health was first recorded: the start of the webhook-silence clock for an account that never received one.</param>
/// <param name="LastEventSeen">The newest mention time any fetch or webhook has brought.</param>
/// <param name="WebhookMissedSince">When a poll first found items the webhook should have brought; cleared by the next webhook delivery.</param>
/// <param name="FailingSince">The first failure of the current run of <see cref="ConsecutiveFailures"/>.</param>
public sealed record AccountHealth(
    string AccountId,
    Network Network,
    DateTimeOffset TrackedSince,
    DateTimeOffset? LastSuccessfulFetch = null,
    DateTimeOffset? LastEventSeen = null,
    DateTimeOffset? LastWebhookEvent = null,
    AuthState Auth = AuthState.Unknown,
    DateTimeOffset? AuthFailedSince = null,
    QuotaState Quota = QuotaState.Unknown,
    DateTimeOffset? QuotaResetsAt = null,
    DateTimeOffset? QuotaExhaustedSince = null,
    DateTimeOffset? WebhookMissedSince = null,
    FailureKind? LastError = null,
    DateTimeOffset? LastErrorAt = null,
    int ConsecutiveFailures = 0,
    DateTimeOffset? FailingSince = null,
    HealthProblem? Alerted = null)
{
    public static AccountHealth Start(string accountId, Network network, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return new(accountId, network, now);
    }
}

/// <summary>
/// Whether the account's credentials work. The networks answer one "unauthorized" for an expired
/// and a revoked token (ConnectorError.AuthExpired covers both), so no separate revoked state is
/// claimed here: the admin's remedy, reconnecting, is the same.
/// </summary>
public enum AuthState
{
    Unknown,
    Ok,
    Expired,
}

public enum QuotaState
{
    Unknown,
    Ok,
    Exhausted,
}

/// <summary>The kinds of fetch failure, mirroring the connectors' ConnectorError cases.</summary>
public enum FailureKind
{
    RateLimited,
    AuthExpired,
    QuotaExhausted,
    NotFound,
    Rejected,
    Unavailable,
}

/// <summary>What admins are alerted about, most urgent first (one account shows one problem at a time).</summary>
public enum HealthProblem
{
    AuthExpired,
    QuotaExhausted,

    /// <summary>The network refused the fetch as such (a removed page, a missing permission): configuration must change.</summary>
    FetchRefused,

    /// <summary>Polls find items the webhook never delivered: the subscription is missing or broken.</summary>
    WebhookSilent,

    /// <summary>The network has been unreachable for several polls in a row.</summary>
    Unreachable,
}
