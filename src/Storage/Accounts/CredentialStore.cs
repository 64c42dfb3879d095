using Azure.Data.Tables;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Storage.Accounts;

/// <summary>
/// Rotating secrets per account and kind. Why a table: X rotates the refresh token on every
/// refresh and a Bluesky session is refreshed the same way, so the current value is written by
/// the app at run time; configuration and Key Vault references are read-only to it, and the
/// configured token is dead after the first refresh. Encryption at rest is the storage
/// account's (Microsoft-managed keys, always on); access is the app's managed identity only.
/// The value is a secret: it is never logged, and exceptions here carry ids only.
/// </summary>
public sealed class CredentialStore(StorageClients clients, TimeProvider time) : ICredentialStore
{
    private readonly TableClient _table = clients.Table(clients.Names.CredentialsTable);

    public async Task<string?> GetAsync(string accountId, string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(accountId), TableKey.Escape(kind), ["Secret"], cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetString("Secret") : null;
    }

    /// <summary>
    /// Last write wins, on purpose: the newest token is the only valid one, and each account's
    /// refreshes are already serialised (one poller per account holds its lease, and the
    /// connectors refresh one at a time per account).
    /// </summary>
    public async Task SaveAsync(string accountId, string kind, string secret, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var entity = new TableEntity(TableKey.Escape(accountId), TableKey.Escape(kind))
        {
            ["AccountId"] = accountId,
            ["Kind"] = kind,
            ["Secret"] = secret,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
