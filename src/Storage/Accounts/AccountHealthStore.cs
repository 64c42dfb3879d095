using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Storage.Accounts;

/// <summary>
/// Account health, one row per account, changed only by compare-and-swap: two instances
/// recording the same account (a poll and a webhook) never lose each other's observation.
/// </summary>
public sealed class AccountHealthStore(StorageClients clients) : IAccountHealthStore
{
    private const string Row = "health";

    // Contention is two or three writers at most (poll, webhook, another poll after a lease
    // handover); this many lost races in a row means something else is wrong.
    private const int MaxAttempts = 20;
    private readonly TableClient _table = clients.Table(clients.Names.AccountHealthTable);

    public async Task<AccountHealth?> GetAsync(string accountId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(accountId), Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public async Task<AccountHealth> UpdateAsync(string accountId, Func<AccountHealth?, AccountHealth> update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentNullException.ThrowIfNull(update);
        var key = TableKey.Escape(accountId);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(key, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
            var next = update(row.HasValue ? Read(row.Value!) : null);
            if (!string.Equals(next.AccountId, accountId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"An update of account {accountId}'s health returned account {next.AccountId}'s.");
            }

            var entity = Write(key, next);
            try
            {
                _ = row.HasValue
                    ? await _table.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                    : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // 409: created meanwhile; 412: changed since read; 404: deleted. Read again and redo.
            }
        }

        throw new InvalidOperationException($"Account {accountId}'s health lost {MaxAttempts} compare-and-swap races in a row.");
    }

    public async Task<IReadOnlyList<AccountHealth>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<AccountHealth>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.RowKey == Row, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            all.Add(Read(row));
        }

        return all;
    }

    private static TableEntity Write(string key, AccountHealth health) => new(key, Row)
    {
        ["AccountId"] = health.AccountId,
        ["Network"] = health.Network.ToString(),
        ["Json"] = JsonSerializer.Serialize(health, AccountsJson.Default.AccountHealth),
    };

    private static AccountHealth Read(TableEntity row) =>
        JsonSerializer.Deserialize(row.GetString("Json"), AccountsJson.Default.AccountHealth)
        ?? throw new InvalidDataException($"Account health row {row.PartitionKey} holds no document.");
}
