using Azure.Data.Tables;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Storage.Crisis;

// Volume: one row per triaged mention in the partition of its minute ("v-yyyyMMddHHmm"). Written
// with upsert under the mention's key, so a retried triage counts once; read by minute range.
// Rows older than the detector's spans are pruned by the detector (PruneVolumeAsync).
public sealed partial class CrisisStore
{
    private const string VolumePrefix = "v-";

    public async Task RecordVolumeAsync(MentionKey mention, VolumeEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new TableEntity(VolumePrefix + Minute(entry.At), TableKey.Escape($"{mention.Network}|{mention.AccountId}|{mention.ExternalId}"))
        {
            ["At"] = entry.At,
            ["AccountId"] = entry.AccountId,
            ["Topic"] = TriageNames.Name(entry.Topic),
            ["CaseId"] = entry.CaseId,
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Volume triaged in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<VolumeEntry>> ReadVolumeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var low = VolumePrefix + Minute(from);
        var high = VolumePrefix + Minute(to);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {low} and PartitionKey le {high}");
        var list = new List<VolumeEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["At", "AccountId", "Topic", "CaseId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var at = row.GetDateTimeOffset("At") ?? default;
            if (at >= from && at < to && TriageNames.TryParseTopic(row.GetString("Topic") ?? string.Empty, out var topic))
            {
                list.Add(new VolumeEntry(at, row.GetString("AccountId"), topic, row.GetString("CaseId")));
            }
        }

        return list;
    }

    /// <summary>Deletes the volume rows of minutes before <paramref name="before"/>; how many went.</summary>
    public async Task<int> PruneVolumeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {VolumePrefix} and PartitionKey lt {VolumePrefix + Minute(before)}");
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        // A transaction holds up to 100 operations of one partition.
        foreach (var chunk in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(100)))
        {
            await _table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, Azure.ETag.All)), cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }
}
