using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// The outbox's memory of network calls, one row per attempt in the case's partition. The row
/// is written before the call, so a retry that finds it knows an earlier try may have reached
/// the network and must not call again: that is what makes a send happen at most once.
/// </summary>
public sealed class SendAttemptStore(StorageClients clients, TimeProvider time)
{
    private const string Prefix = "attempt-";
    private readonly TableClient _cases = clients.Table(clients.Names.CasesTable);

    /// <summary>Records that the call for <paramref name="attemptId"/> is about to be made; false when it was recorded before.</summary>
    public async Task<bool> TryBeginAsync(CaseId caseId, string attemptId, CancellationToken cancellationToken)
    {
        var row = new TableEntity(CaseRows.Partition(caseId), Prefix + TableKey.Escape(attemptId)) { ["StartedAt"] = time.GetUtcNow() };
        try
        {
            await _cases.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>When the call for <paramref name="attemptId"/> was begun; null when it never was (or was forgotten).</summary>
    public async Task<DateTimeOffset?> GetStartedAtAsync(CaseId caseId, string attemptId, CancellationToken cancellationToken)
    {
        var row = await _cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.Partition(caseId), Prefix + TableKey.Escape(attemptId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetDateTimeOffset("StartedAt") : null;
    }

    /// <summary>The call certainly never reached the network (rate limited, refused before sending): it may be tried again.</summary>
    public async Task ForgetAsync(CaseId caseId, string attemptId, CancellationToken cancellationToken)
    {
        try
        {
            await _cases.DeleteEntityAsync(CaseRows.Partition(caseId), Prefix + TableKey.Escape(attemptId), ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            // Already forgotten.
        }
    }
}
