using System.Net;
using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Notices;

/// <summary>
/// Once-only marks for notices that must not repeat (SLA warnings, escalations, shift handovers).
/// A sender reserves the mark by inserting its row — the table refuses a second insert of the same
/// keys, so of two overlapping sweeps exactly one wins — then records how the send ended by ETag.
/// A send that certainly did not happen gives the mark back (deleted by ETag) so the next run tries
/// again; everything else keeps it. Partition = scope, so one case's marks are read together.
/// </summary>
public sealed class NoticeMarkStore(StorageClients clients, TimeProvider time)
{
    private readonly TableClient _table = clients.Table(clients.Names.NoticesTable);

    /// <summary>Takes the mark; null when it exists already (sent, unknown, or another sender holds it).</summary>
    public async Task<NoticeMark?> TryReserveAsync(string scope, string key, string? detail, CancellationToken cancellationToken)
    {
        var entity = Row(scope, key, NoticeMarkState.Reserved, time.GetUtcNow(), detail);
        try
        {
            var response = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return Read(entity, response.Headers.ETag.GetValueOrDefault().ToString());
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    /// <summary>Records how the send ended; false when the mark changed meanwhile (it is then someone else's to tell).</summary>
    public async Task<bool> CompleteAsync(NoticeMark mark, NoticeMarkState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var entity = Row(mark.Scope, mark.Key, state, time.GetUtcNow(), mark.Detail);
        try
        {
            await _table.UpdateEntityAsync(entity, new ETag(mark.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Gives a reserved mark back after a send that certainly did not go out, so a later run sends it.</summary>
    public async Task<bool> ReleaseAsync(NoticeMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        try
        {
            await _table.DeleteEntityAsync(TableKey.Escape(mark.Scope), TableKey.Escape(mark.Key), new ETag(mark.ETag), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<NoticeMark?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(scope), TableKey.Escape(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!, row.Value!.ETag.ToString()) : null;
    }

    /// <summary>Every mark of a scope, in key order.</summary>
    public async Task<IReadOnlyList<NoticeMark>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        var marks = new List<NoticeMark>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(scope)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            marks.Add(Read(row, row.ETag.ToString()));
        }

        return marks;
    }

    private static TableEntity Row(string scope, string key, NoticeMarkState state, DateTimeOffset at, string? detail)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new TableEntity(TableKey.Escape(scope), TableKey.Escape(key))
        {
            ["Scope"] = scope,
            ["Key"] = key,
            ["State"] = state.ToString(),
            ["At"] = at,
            ["Detail"] = detail,
        };
    }

    private static NoticeMark Read(TableEntity row, string etag) => new(
        row.GetString("Scope"),
        row.GetString("Key"),
        Enum.Parse<NoticeMarkState>(row.GetString("State")),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetString("Detail"),
        etag);
}
