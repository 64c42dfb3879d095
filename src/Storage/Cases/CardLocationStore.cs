using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// The Teams location of each case's card, in the case's partition but outside the case row:
/// posting a card is not a transition of the case, so it must not change the case's version
/// (a click on the card just posted would otherwise look stale).
/// </summary>
public sealed class CardLocationStore(StorageClients clients)
{
    private const string Row = "card";
    private readonly TableClient _cases = clients.Table(clients.Names.CasesTable);

    public async Task<CardLocation?> GetAsync(CaseId caseId, CancellationToken cancellationToken)
    {
        var row = await _cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.Partition(caseId), Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>
    /// The first location of a card just posted: one insert, without reading first; when a location
    /// is already stored (another poster, a retry), decides as <see cref="SaveAsync"/> does.
    /// </summary>
    public async Task<CardLocation> SaveNewAsync(CaseId caseId, CardLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            await _cases.AddEntityAsync(Entity(CaseRows.Partition(caseId), location), cancellationToken).ConfigureAwait(false);
            return location;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return await SaveAsync(caseId, location, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores where the card is and which version it shows, unless a newer version was stored
    /// meanwhile; returns what is stored afterwards.
    /// </summary>
    public async Task<CardLocation> SaveAsync(CaseId caseId, CardLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var partition = CaseRows.Partition(caseId);
        while (true)
        {
            var current = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
            var entity = Entity(partition, location);
            try
            {
                if (!current.HasValue)
                {
                    await _cases.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                    return location;
                }

                var stored = Read(current.Value!);
                if (stored.PostedVersion >= location.PostedVersion)
                {
                    return stored;
                }

                await _cases.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return location;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Someone else stored a location meanwhile: read it and decide again.
            }
        }
    }

    private static TableEntity Entity(string partition, CardLocation location) => new(partition, Row)
    {
        ["ServiceUrl"] = location.ServiceUrl,
        ["ConversationId"] = location.ConversationId,
        ["ActivityId"] = location.ActivityId,
        ["PostedVersion"] = location.PostedVersion,
    };

    private static CardLocation Read(TableEntity row) => new(
        row.GetString("ServiceUrl"), row.GetString("ConversationId"), row.GetString("ActivityId"), row.GetInt64("PostedVersion") ?? 0);
}
