using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.Health;

/// <summary>What a connector's fetch result says about the account, in Core's terms.</summary>
public static class HealthObservations
{
    public static HealthObservation From(FetchResult result, bool webhookFed)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            FetchResult.Fetched f => new HealthObservation.FetchSucceeded([.. f.Mentions.Select(m => m.CreatedAt)], webhookFed),
            FetchResult.Failed { Error: ConnectorError.QuotaExhausted q } => new HealthObservation.FetchFailed(FailureKind.QuotaExhausted, q.ResetsAt),
            FetchResult.Failed e => new HealthObservation.FetchFailed(KindOf(e.Error)),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "Unknown fetch result."),
        };
    }

    public static FailureKind KindOf(ConnectorError error) => error switch
    {
        ConnectorError.RateLimited => FailureKind.RateLimited,
        ConnectorError.AuthExpired => FailureKind.AuthExpired,
        ConnectorError.QuotaExhausted => FailureKind.QuotaExhausted,
        ConnectorError.NotFound => FailureKind.NotFound,
        ConnectorError.Rejected => FailureKind.Rejected,
        ConnectorError.Unavailable => FailureKind.Unavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error?.GetType().Name, "Unknown connector error."),
    };
}
