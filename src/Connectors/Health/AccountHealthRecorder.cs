using Microsoft.Extensions.Logging;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.Health;

/// <summary>
/// Turns what the poll and webhook functions saw into account health: load, evaluate, store
/// (compare-and-swap), and hand back the alert the caller posts to the admins. The alert is
/// decided on the stored record, so two instances never both announce the same problem.
/// </summary>
public sealed class AccountHealthRecorder(IAccountHealthStore store, HealthThresholds thresholds, ILogger<AccountHealthRecorder> logger)
{
    public Task<HealthAlert?> RecordFetchAsync(SourceAccount account, FetchResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(result);
        return RecordAsync(account, HealthObservations.From(result, IsWebhookFed(account)), now, cancellationToken);
    }

    /// <param name="newestItem">The newest item the delivery carried for this account, if any.</param>
    public Task<HealthAlert?> RecordWebhookAsync(SourceAccount account, DateTimeOffset? newestItem, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return RecordAsync(account, new HealthObservation.WebhookReceived(newestItem), now, cancellationToken);
    }

    /// <summary>
    /// Meta delivers page and Instagram events by webhook, so those accounts are webhook-fed unless
    /// <c>Webhooks</c> says false; other networks only when <c>Webhooks</c> is true (X's Account
    /// Activity API needs a plan many brands lack, and its search results never come by webhook).
    /// </summary>
    public static bool IsWebhookFed(SourceAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return bool.TryParse(account.Setting("Webhooks"), out var configured)
            ? configured
            : account.Network is Core.Mentions.Network.Facebook or Core.Mentions.Network.Instagram;
    }

    private async Task<HealthAlert?> RecordAsync(SourceAccount account, HealthObservation observation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        HealthEvaluation? evaluation = null;
        await store.UpdateAsync(
            account.Id,
            stored =>
            {
                evaluation = AccountHealthRules.Evaluate(stored ?? AccountHealth.Start(account.Id, account.Network, now), observation, now, thresholds);
                return evaluation.Health;
            },
            cancellationToken).ConfigureAwait(false);

        // The evaluation of the attempt that was stored (the update re-runs after a lost race).
        if (evaluation!.Alert is not { } alert)
        {
            return null;
        }

        HealthLog.Alert(logger, account.Id, account.Network, alert.Kind, alert.Problem);
        return alert with { AccountName = account.DisplayName };
    }
}
