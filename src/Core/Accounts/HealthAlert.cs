using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Accounts;

/// <summary>
/// A notice for the admins: an account turned unhealthy (<see cref="AlertKind.Raised"/>) or is
/// healthy again (<see cref="AlertKind.Recovered"/>, naming the problem that ended).
/// </summary>
/// <param name="Since">When the problem began (for a recovery: when it had begun).</param>
/// <param name="AccountName">The account's display name, filled by whoever knows the configuration.</param>
public sealed record HealthAlert(
    string AccountId,
    Network Network,
    AlertKind Kind,
    HealthProblem Problem,
    DateTimeOffset Since,
    DateTimeOffset At,
    DateTimeOffset? LastSuccessfulFetch,
    DateTimeOffset? QuotaResetsAt,
    string? AccountName = null);

public enum AlertKind
{
    Raised,
    Recovered,
}

/// <param name="WebhookSilence">How long a webhook-fed account may go without a delivery while polls find items before the subscription is called missing.</param>
/// <param name="WebhookGrace">How old a polled item must be before the webhook is blamed for not bringing it (deliveries take a moment).</param>
/// <param name="UnreachablePolls">How many Unavailable polls in a row make the account unreachable.</param>
public sealed record HealthThresholds(TimeSpan WebhookSilence, TimeSpan WebhookGrace, int UnreachablePolls)
{
    public static HealthThresholds Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5), 3);
}
