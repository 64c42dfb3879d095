using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

public sealed partial class CaseStore
{
    /// <summary>
    /// Opens <paramref name="opening"/> as the thread's new case in place of <paramref name="previous"/>
    /// (answered or closed long ago, so a new message starts a new case). The thread index is moved
    /// by ETag only while it still names <paramref name="previous"/>: of two racing successors one
    /// wins and the other gets the winner, as with <see cref="CreateAsync"/>. Idempotent.
    /// </summary>
    public async Task<CaseCreation> CreateSuccessorAsync(Case previous, Case opening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(opening);
        var thread = CaseThread.Of(opening.Mention);
        var row = await _threads.GetEntityIfExistsAsync<TableEntity>(thread.Key, CaseRows.ThreadRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var winner = opening;
        if (!row.HasValue)
        {
            return await CreateAsync(opening, cancellationToken).ConfigureAwait(false);
        }

        var indexed = row.Value!.GetString("CaseId");
        if (indexed == previous.Id.Value)
        {
            try
            {
                await _threads.UpdateEntityAsync(CaseRows.FromThread(thread, opening), row.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                winner = await OpeningOfAsync(thread, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Thread index row {thread.Key} changed but cannot be read.", e);
            }
        }
        else
        {
            winner = CaseRows.ToCase(row.Value);
        }

        var stored = await InsertAsync(winner, cancellationToken).ConfigureAwait(false);
        return new CaseCreation(stored, stored.Mention.Key == opening.Mention.Key);
    }
}
