using System.Net;
using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Cursors;

/// <summary>Where each poller is in its source, moved only by compare-and-swap.</summary>
public sealed class CursorStore(StorageClients clients, TimeProvider time)
{
    private const string Row = "cursor";
    private readonly TableClient _table = clients.Table(clients.Names.CursorsTable);

    public async Task<Cursor> GetAsync(string sourceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var response = await _table.GetEntityIfExistsAsync<CursorEntity>(TableKey.Escape(sourceId), Row, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue
            ? new Cursor(sourceId, response.Value!.Value, new CursorVersion(response.Value.ETag.ToString()))
            {
                BackoffUntil = response.Value.BackoffUntil,
                LastError = response.Value.LastError,
            }
            : new Cursor(sourceId, null, CursorVersion.None);
    }

    /// <summary>
    /// Stores <paramref name="value"/> if the cursor is still at <paramref name="expected"/>.
    /// Returns the new cursor, or null when another poller moved it first (read it again).
    /// </summary>
    public async Task<Cursor?> TrySetAsync(string sourceId, string value, CursorVersion expected, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var entity = new CursorEntity
        {
            PartitionKey = TableKey.Escape(sourceId),
            RowKey = Row,
            SourceId = sourceId,
            Value = value,
            UpdatedAt = time.GetUtcNow(),
        };
        try
        {
            var response = expected.IsNone
                ? await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(entity, new ETag(expected.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new Cursor(sourceId, value, new CursorVersion(response.Headers.ETag.GetValueOrDefault().ToString()));
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // 409: someone created it first; 412: someone moved it since we read; 404: it was deleted.
            return null;
        }
    }

    /// <summary>
    /// Records why the last fetch failed and until when to wait, leaving the position as it is.
    /// A successful <see cref="TrySetAsync"/> replaces the row and so clears both.
    /// </summary>
    public async Task RecordFailureAsync(string sourceId, string error, DateTimeOffset? backoffUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var entity = new TableEntity(TableKey.Escape(sourceId), Row)
        {
            [nameof(CursorEntity.SourceId)] = sourceId,
            [nameof(CursorEntity.LastError)] = error,
            [nameof(CursorEntity.BackoffUntil)] = backoffUntil,
            [nameof(CursorEntity.UpdatedAt)] = time.GetUtcNow(),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }
}
