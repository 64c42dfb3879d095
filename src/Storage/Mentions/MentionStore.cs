using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage.Mentions;

/// <summary>
/// Every mention seen, keyed by network + account + external id. Adding is the deduplication:
/// the same item from two polls, or from a webhook and a poll, is stored once.
/// </summary>
public sealed partial class MentionStore(StorageClients clients, TimeProvider time)
{
    private readonly TableClient _table = clients.Table(clients.Names.MentionsTable);

    /// <summary>True when this call stored the mention; false when it was already there.</summary>
    public async Task<bool> TryAddAsync(Mention mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        try
        {
            await _table.AddEntityAsync(Entity(mention), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<Mention?> GetAsync(MentionKey key, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<MentionEntity>(
            PartitionKey(key.Network, key.AccountId), TableKey.Escape(key.ExternalId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? JsonSerializer.Deserialize(response.Value!.Json, StorageJson.Default.Mention) : null;
    }

    /// <summary>The mention and how far the pipeline got with it, in one read; null when it is not stored.</summary>
    public async Task<StoredMention?> GetStoredAsync(MentionKey key, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<MentionEntity>(
            PartitionKey(key.Network, key.AccountId), TableKey.Escape(key.ExternalId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        var mention = JsonSerializer.Deserialize(entity.Json, StorageJson.Default.Mention)
            ?? throw new InvalidDataException($"Mention row {entity.PartitionKey}/{entity.RowKey} holds no mention.");
        return new StoredMention(mention, new MentionProgress(entity.EnqueuedAt, entity.TriagedAt));
    }

    /// <summary>How far the pipeline got with a stored mention; null when it is not stored.</summary>
    public async Task<MentionProgress?> GetProgressAsync(MentionKey key, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<MentionEntity>(
            PartitionKey(key.Network, key.AccountId), TableKey.Escape(key.ExternalId), [nameof(MentionEntity.EnqueuedAt), nameof(MentionEntity.TriagedAt)], cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? new MentionProgress(response.Value!.EnqueuedAt, response.Value.TriagedAt) : null;
    }

    /// <summary>Its <c>mentions</c> message is sent; a poll re-sends only mentions without this mark (or long untriaged).</summary>
    public Task MarkEnqueuedAsync(MentionKey key, CancellationToken cancellationToken) =>
        MarkAsync(key, nameof(MentionEntity.EnqueuedAt), cancellationToken);

    /// <summary>Its case exists and the card is queued: later deliveries of the same mention change nothing.</summary>
    public Task MarkTriagedAsync(MentionKey key, CancellationToken cancellationToken) =>
        MarkAsync(key, nameof(MentionEntity.TriagedAt), cancellationToken);

    private async Task MarkAsync(MentionKey key, string property, CancellationToken cancellationToken)
    {
        // A merge touches only this property, so it never overwrites the stored mention.
        var entity = new TableEntity(PartitionKey(key.Network, key.AccountId), TableKey.Escape(key.ExternalId)) { [property] = time.GetUtcNow() };
        await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private MentionEntity Entity(Mention mention) => new()
    {
        PartitionKey = PartitionKey(mention.Network, mention.AccountId),
        RowKey = TableKey.Escape(mention.ExternalId),
        Network = mention.Network.ToString(),
        AccountId = mention.AccountId,
        ExternalId = mention.ExternalId,
        ThreadId = mention.ThreadId,
        AuthorId = mention.Author.ExternalId,
        CreatedAt = mention.CreatedAt,
        StoredAt = time.GetUtcNow(),
        Json = JsonSerializer.Serialize(mention, StorageJson.Default.Mention),
    };

    private static string PartitionKey(Network network, string accountId) => TableKey.Join(network.ToString(), accountId);
}
