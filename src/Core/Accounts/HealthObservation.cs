namespace SomeTeams.Core.Accounts;

/// <summary>One thing that happened to an account's feed, as input to <see cref="AccountHealthRules"/>.</summary>
public abstract record HealthObservation
{
    private HealthObservation()
    {
    }

    /// <param name="ItemTimes">When each new item the fetch brought was created.</param>
    /// <param name="WebhookFed">The account is configured to receive webhooks, so polling is only the backstop.</param>
    public sealed record FetchSucceeded(IReadOnlyList<DateTimeOffset> ItemTimes, bool WebhookFed) : HealthObservation;

    /// <param name="QuotaResetsAt">For <see cref="FailureKind.QuotaExhausted"/>: when the network says the quota comes back.</param>
    public sealed record FetchFailed(FailureKind Kind, DateTimeOffset? QuotaResetsAt = null) : HealthObservation;

    /// <param name="NewestItem">The newest item the delivery carried, if any.</param>
    public sealed record WebhookReceived(DateTimeOffset? NewestItem = null) : HealthObservation;
}
