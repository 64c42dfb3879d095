using Microsoft.Extensions.Options;
using SomeTeams.Connectors;
using SomeTeams.Connectors.Health;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Telemetry;
using SomeTeams.Storage.Cursors;
using SomeTeams.Storage.Leases;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Timer: fetches every enabled account since its stored cursor and hands the items to the
/// intake. The cursor moves only after the items are enqueued, so a crash re-fetches rather than
/// loses; a lease keeps one instance per source; rate limits and spent quotas back off until the
/// time the network gave; an expired token is recorded on the cursor row and not retried in a spin.
/// Every outcome also goes to the account's health record, and a new problem (or its recovery) is
/// posted to the admins once, within the poll that found it.
/// </summary>
public sealed partial class PollSources(
    SourceAccountCatalog accounts,
    ConnectorRegistry connectors,
    CursorStore cursors,
    LeaseStore leases,
    MentionIntake intake,
    AccountHealthRecorder health,
    AdminAlerts alerts,
    PollerIdentity identity,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<PollSources> logger) : ITimerFunction
{
    /// <summary>Every 30 seconds (UTC); <c>Poll:Schedule</c> overrides it (function.json: <c>%Poll:Schedule%</c>).</summary>
    public const string DefaultSchedule = "*/30 * * * * *";

    /// <summary>After an expired token, a source is tried again only this much later, to show the error without spinning.</summary>
    private static readonly TimeSpan AuthRetry = TimeSpan.FromMinutes(15);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        foreach (var account in accounts.Enabled)
        {
            if (!connectors.TryGet(account.Network, out var connector))
            {
                LogNoConnector(logger, account.Network.ToString(), account.Id);
                continue;
            }

            var lease = await leases.TryAcquireAsync("poll-" + account, identity.Id, options.Value.PollLease, cancellationToken).ConfigureAwait(false);
            if (lease is null)
            {
                continue;
            }

            try
            {
                await PollAsync(account, connector, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task PollAsync(SourceAccount account, ISocialConnector connector, CancellationToken cancellationToken)
    {
        using var span = PipelineSpans.Poll(account);
        var source = account.ToString();
        var cursor = await cursors.GetAsync(source, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (cursor.BackoffUntil > now)
        {
            return;
        }

        var result = await connector.FetchAsync(account, cursor.Value, cancellationToken).ConfigureAwait(false);
        PipelineSpans.Fetched(account, result);
        if (await health.RecordFetchAsync(account, result, now, cancellationToken).ConfigureAwait(false) is { } alert)
        {
            await alerts.PostAsync(alert, cancellationToken).ConfigureAwait(false);
        }

        switch (result)
        {
            case FetchResult.Fetched fetched:
                var sent = await intake.AcceptAsync(fetched.Mentions, cancellationToken).ConfigureAwait(false);
                await intake.MarkDeletedAsync(fetched.DeletedExternalIds.Select(id => new MentionKey(account.Network, account.Id, id)), cancellationToken).ConfigureAwait(false);
                if (fetched.NextCursor is { } next && (next != cursor.Value || cursor.LastError is not null)
                    && await cursors.TrySetAsync(source, next, cursor.Version, cancellationToken).ConfigureAwait(false) is null)
                {
                    // Another poller moved it (a lease that ran out): its position is as good; the items are deduplicated.
                    LogCursorMoved(logger, source);
                }

                LogPolled(logger, source, fetched.Mentions.Count, sent, fetched.Skipped.Count);
                break;
            case FetchResult.Failed failed:
                var until = failed.Error switch
                {
                    ConnectorError.RateLimited r => now + r.RetryAfter,
                    ConnectorError.QuotaExhausted q => q.ResetsAt ?? now + TimeSpan.FromHours(1),
                    ConnectorError.AuthExpired => now + AuthRetry,
                    _ => (DateTimeOffset?)null,
                };
                await cursors.RecordFailureAsync(source, $"{failed.Error.GetType().Name}: {failed.Error.Reason}", until, cancellationToken).ConfigureAwait(false);
                LogFetchFailed(logger, source, failed.Error.GetType().Name, until);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Source}: {Fetched} items, {Sent} queued, {Skipped} skipped")]
    private static partial void LogPolled(ILogger logger, string source, int fetched, int sent, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling {Source} failed with {Error}; next try after {Until}")]
    private static partial void LogFetchFailed(ILogger logger, string source, string error, DateTimeOffset? until);

    [LoggerMessage(Level = LogLevel.Information, Message = "The cursor of {Source} was moved by another poller")]
    private static partial void LogCursorMoved(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "No connector for {Network}, account {AccountId}: not polled")]
    private static partial void LogNoConnector(ILogger logger, string network, string accountId);
}
