using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Leases;

namespace SomeTeams.Functions.Deletions;

/// <summary>
/// Timer: for networks whose polls never say an item was deleted (connectors that are an
/// <see cref="IDeletionCheck"/>), asks whether the originals of recent open cases still exist and
/// marks the gone ones with <see cref="MarkOriginalDeleted"/>, so the card says so instead of the
/// team answering into nothing (DESIGN.md "deletions that never sync"). One instance per account
/// at a time (a lease); a failed check changes nothing and is tried again on the next tick.
/// </summary>
public sealed partial class CheckDeletions(
    CaseStore cases,
    SourceAccountCatalog accounts,
    ConnectorRegistry connectors,
    LeaseStore leases,
    CaseEffects effects,
    PollerIdentity identity,
    TimeProvider time,
    ILogger<CheckDeletions> logger) : ITimerFunction
{
    /// <summary>Every ten minutes (UTC): each check costs calls (a YouTube quota unit, a Mastodon request) per original.</summary>
    public const string DefaultSchedule = "0 */10 * * * *";

    /// <summary>Originals older than this are not checked: an answer that late is rare, and the calls add up.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(7);

    private const int Batch = 50;
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var byAccount = new Dictionary<string, List<Case>>(StringComparer.OrdinalIgnoreCase);
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (c.OriginalDeletedAt is null && now - c.Mention.CreatedAt <= Recent)
            {
                (byAccount.TryGetValue(c.Mention.AccountId, out var list) ? list : byAccount[c.Mention.AccountId] = []).Add(c);
            }
        }

        foreach (var (accountId, open) in byAccount)
        {
            if (accounts.Find(accountId) is not { Enabled: true } account
                || !connectors.TryGet(account.Network, out var connector) || connector is not IDeletionCheck check)
            {
                continue;
            }

            var lease = await leases.TryAcquireAsync("deletions-" + account, identity.Id, LeaseTime, cancellationToken).ConfigureAwait(false);
            if (lease is null)
            {
                continue;
            }

            try
            {
                await CheckAsync(account, check, open, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task CheckAsync(SourceAccount account, IDeletionCheck check, List<Case> open, CancellationToken cancellationToken)
    {
        foreach (var chunk in open.Chunk(Batch))
        {
            var answer = await check.FindDeletedAsync(account, [.. chunk.Select(c => c.Mention.ExternalId).Distinct(StringComparer.Ordinal)], cancellationToken)
                .ConfigureAwait(false);
            if (answer is DeletionCheck.Failed failed)
            {
                LogCheckFailed(logger, account.Network, account.Id, failed.Error.GetType().Name, failed.Calls);
                return;
            }

            var gone = ((DeletionCheck.Checked)answer).Deleted.ToHashSet(StringComparer.Ordinal);
            foreach (var c in chunk.Where(c => gone.Contains(c.Mention.ExternalId)))
            {
                var transition = await cases.ApplyAsync(c.Id, new MarkOriginalDeleted(Actor.System, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                await effects.RunAsync(transition, cancellationToken).ConfigureAwait(false);
                LogMarked(logger, c.Id.Value, account.Network, account.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: the original on {Network} account {AccountId} was deleted by its author")]
    private static partial void LogMarked(ILogger logger, string caseId, Network network, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deletion check on {Network} account {AccountId} failed after {Calls} calls: {ErrorType}; tried again next time")]
    private static partial void LogCheckFailed(ILogger logger, Network network, string accountId, string errorType, int calls);
}
