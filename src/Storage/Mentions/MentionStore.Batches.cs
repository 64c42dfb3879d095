using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage.Mentions;

public sealed partial class MentionStore
{
    /// <summary>Azure Tables takes at most 100 operations in one transaction, all in one partition.</summary>
    private const int MaxTransaction = 100;

    /// <summary>
    /// Stores every mention not stored yet and returns the keys this call stored, with the same
    /// deduplication as <see cref="TryAddAsync"/>. A poll's page is one account's, so it goes in one
    /// transaction per hundred; when any of them is already there the transaction stores nothing
    /// and that chunk is added one by one, so exactly the new ones are reported.
    /// </summary>
    public async Task<IReadOnlySet<MentionKey>> TryAddAllAsync(IEnumerable<Mention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var added = new HashSet<MentionKey>();
        foreach (var chunk in mentions.DistinctBy(m => m.Key).GroupBy(m => PartitionKey(m.Network, m.AccountId)).SelectMany(g => g.Chunk(MaxTransaction)))
        {
            try
            {
                await _table.SubmitTransactionAsync(chunk.Select(m => new TableTransactionAction(TableTransactionActionType.Add, Entity(m))), cancellationToken).ConfigureAwait(false);
                added.UnionWith(chunk.Select(m => m.Key));
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
            {
                foreach (var mention in chunk)
                {
                    if (await TryAddAsync(mention, cancellationToken).ConfigureAwait(false))
                    {
                        added.Add(mention.Key);
                    }
                }
            }
        }

        return added;
    }

    /// <summary>Marks every one of these stored mentions as enqueued (<see cref="MarkEnqueuedAsync"/>), one transaction per account and hundred.</summary>
    public async Task MarkAllEnqueuedAsync(IEnumerable<MentionKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = time.GetUtcNow();
        foreach (var chunk in keys.Distinct().GroupBy(k => PartitionKey(k.Network, k.AccountId)).SelectMany(g => g.Chunk(MaxTransaction)))
        {
            var merges = chunk.Select(k => new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(PartitionKey(k.Network, k.AccountId), TableKey.Escape(k.ExternalId)) { [nameof(MentionEntity.EnqueuedAt)] = now },
                ETag.All));
            await _table.SubmitTransactionAsync(merges, cancellationToken).ConfigureAwait(false);
        }
    }
}
