using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// Cases, their audit trail and the thread index. Every change goes through
/// <see cref="ApplyAsync"/>: one ETag-checked transaction per transition (DESIGN.md).
/// </summary>
public sealed partial class CaseStore(StorageClients clients, TimeProvider time, ILogger<CaseStore> logger)
{
    private readonly TableClient _cases = clients.Table(clients.Names.CasesTable);
    private readonly TableClient _threads = clients.Table(clients.Names.ThreadsTable);

    /// <summary>
    /// Stores a newly opened case, or finds the case its thread already has. Idempotent: the same
    /// case again, or the same mention opened again under a new id, returns what is stored.
    /// </summary>
    public async Task<CaseCreation> CreateAsync(Case opening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var thread = CaseThread.Of(opening.Mention);
        var winner = opening;
        try
        {
            // The index is written first and is the arbiter: of two cases opened for one thread at once, its row says which one exists.
            await _threads.AddEntityAsync(CaseRows.FromThread(thread, opening), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            winner = await OpeningOfAsync(thread, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Thread index row {thread.Key} conflicted but cannot be read.", e);
        }

        var stored = await InsertAsync(winner, cancellationToken).ConfigureAwait(false);
        return new CaseCreation(stored, stored.Mention.Key == opening.Mention.Key);
    }

    public async Task<Case?> GetAsync(CaseId id, CancellationToken cancellationToken)
    {
        var row = await _cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.Partition(id), CaseRows.CaseRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? CaseRows.ToCase(row.Value!) : null;
    }

    /// <summary>The case of an author's thread, open or not; null when the thread has none.</summary>
    public async Task<Case?> FindByThreadAsync(CaseThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var opening = await OpeningOfAsync(thread, cancellationToken).ConfigureAwait(false);
        if (opening is null)
        {
            return null;
        }

        return await GetAsync(opening.Id, cancellationToken).ConfigureAwait(false)
            ?? await InsertAsync(opening, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audit trail of a case, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(CaseId id, CancellationToken cancellationToken)
    {
        var partition = CaseRows.Partition(id);
        // '.' sorts right after '-', so this range is exactly the "audit-" rows, already in version order.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {CaseRows.AuditPrefix} and RowKey lt {"audit."}");
        var entries = new List<AuditEntry>();
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(CaseRows.ToAudit(row));
        }

        return entries;
    }

    /// <summary>
    /// Every open case. This scans the whole cases table (a filter on a property, not on keys),
    /// so its cost grows with all cases ever kept; fine for a timer every few minutes at a care
    /// team's volume, not for a request path.
    /// </summary>
    public async IAsyncEnumerable<Case> ListOpenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseRows.CaseRow} and IsOpen eq {true}");
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return CaseRows.ToCase(row);
        }
    }

    private async Task<Case?> OpeningOfAsync(CaseThread thread, CancellationToken cancellationToken)
    {
        var row = await _threads.GetEntityIfExistsAsync<TableEntity>(thread.Key, CaseRows.ThreadRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? CaseRows.ToCase(row.Value!) : null;
    }

    /// <summary>Writes the case with its "opened" audit entry; when it is already there, returns what is stored.</summary>
    private async Task<Case> InsertAsync(Case opening, CancellationToken cancellationToken)
    {
        TableTransactionAction[] batch =
        [
            new(TableTransactionActionType.Add, CaseRows.FromCase(opening, time.GetUtcNow())),
            new(TableTransactionActionType.Add, CaseRows.FromAudit(CaseRows.Opened(opening))),
        ];
        try
        {
            await _cases.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            return opening;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return await GetAsync(opening.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Case {opening.Id} conflicted on insert but cannot be read.", e);
        }
    }
}
