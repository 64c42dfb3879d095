using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Mentions;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Where polls and webhooks hand their items over: store each mention, then send its
/// <c>mentions</c> message, then mark it sent. Adding is the deduplication; a mention already
/// stored is sent again only when its message may have been lost (a crash before the mark) or
/// it has waited untriaged longer than <see cref="PipelineOptions.RequeueAfter"/>.
/// </summary>
public sealed partial class MentionIntake(
    MentionStore mentions, CaseStore cases, WorkQueues queues, CaseEffects effects, IOptions<PipelineOptions> options, TimeProvider time, ILogger<MentionIntake> logger)
{
    /// <summary>Messages sent at once; the queue takes one message per request, so a page is sent in parallel.</summary>
    private const int ParallelSends = 16;

    /// <summary>
    /// Stores and enqueues; returns how many messages were sent. A page costs a table transaction to
    /// store it, one queue request per new mention, and a transaction to mark them sent; a crash
    /// anywhere in between leaves stored mentions without the mark, which the next delivery re-sends.
    /// </summary>
    public async Task<int> AcceptAsync(IEnumerable<Mention> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var page = items.DistinctBy(m => m.Key).ToList();
        var added = await mentions.TryAddAllAsync(page, cancellationToken).ConfigureAwait(false);
        var send = new List<MentionKey>(page.Count);
        foreach (var mention in page)
        {
            if (added.Contains(mention.Key) || await IsStrandedAsync(mention.Key, cancellationToken).ConfigureAwait(false))
            {
                send.Add(mention.Key);
            }
        }

        await Parallel.ForEachAsync(
            send,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken },
            async (key, token) => await queues.Mentions.SendAsync(MentionMessage.For(key), PipelineJson.Default.MentionMessage, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        await mentions.MarkAllEnqueuedAsync(send, cancellationToken).ConfigureAwait(false);
        return send.Count;
    }

    /// <summary>The author deleted these items: their cases show it (nothing is dropped). Unknown items are ignored.</summary>
    public async Task MarkDeletedAsync(IEnumerable<MentionKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var mention = await mentions.GetAsync(key, cancellationToken).ConfigureAwait(false);
            var found = mention is null ? null : await cases.FindByThreadAsync(CaseThread.Of(mention), cancellationToken).ConfigureAwait(false);
            if (found is null || found.Mention.Key != key)
            {
                // Not seen, not triaged yet, or a follow-up: the case keeps the follow-up's text as written.
                LogDeletionIgnored(logger, key.Network, key.AccountId);
                continue;
            }

            var transition = await cases.ApplyAsync(found.Id, new MarkOriginalDeleted(Actor.System, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await effects.RunAsync(transition, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsStrandedAsync(MentionKey key, CancellationToken cancellationToken)
    {
        var progress = await mentions.GetProgressAsync(key, cancellationToken).ConfigureAwait(false);
        return progress is { IsTriaged: false }
            && (progress.EnqueuedAt is null || time.GetUtcNow() - progress.EnqueuedAt >= options.Value.RequeueAfter);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A deletion on {Network} account {AccountId} matched no case's original")]
    private static partial void LogDeletionIgnored(ILogger logger, Network network, string accountId);
}
