using System.Net;
using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Leases;

/// <summary>
/// "One instance per source at a time": a table row with an owner and an expiry, taken and renewed
/// by compare-and-swap. Expiry is judged by the acquirer's clock, so leases should be much longer
/// than the clock skew between instances (minutes, not seconds).
/// </summary>
public sealed class LeaseStore(StorageClients clients, TimeProvider time)
{
    private const string Row = "lease";
    private readonly TableClient _table = clients.Table(clients.Names.LeasesTable);

    /// <summary>Takes the lease if it is free, expired or already ours (which renews it); null when someone else holds it.</summary>
    public async Task<Lease?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var key = TableKey.Escape(name);
        var now = time.GetUtcNow();
        var current = await _table.GetEntityIfExistsAsync<LeaseEntity>(key, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (current.HasValue && current.Value!.Owner != owner && current.Value.ExpiresAt > now)
        {
            return null;
        }

        var entity = new LeaseEntity { PartitionKey = key, RowKey = Row, Name = name, Owner = owner, ExpiresAt = now + duration };
        try
        {
            var response = current.HasValue
                ? await _table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return new Lease(name, owner, entity.ExpiresAt, response.Headers.ETag.GetValueOrDefault().ToString());
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // Another instance took or released it between our read and write: it is theirs this round.
            return null;
        }
    }

    /// <summary>Gives the lease up early; false when someone else has taken it since.</summary>
    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await _table.DeleteEntityAsync(TableKey.Escape(lease.Name), Row, new ETag(lease.ETag), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
