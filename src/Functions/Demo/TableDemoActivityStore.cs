using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;
using SomeTeams.Storage;

namespace SomeTeams.Functions.Demo;

/// <summary>
/// The demo source's activity on Azure Tables (<see cref="StorageNames.DemoTable"/>), so the page
/// the functions host serves shows what any instance sent. It lives in the host because the
/// interface is the connectors' and Storage must not know Connectors (as the bot's conversation
/// store does). Activities share one partition (a person's clicks: a small table); deletions
/// are one partition per account.
/// </summary>
internal sealed class TableDemoActivityStore(StorageClients clients) : IDemoActivityStore
{
    private const string Activities = "activity";

    private readonly TableClient table = clients.Table(clients.Names.DemoTable);

    public async Task<DemoActivity> RecordAsync(DemoActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            await table.AddEntityAsync(Write(activity), cancellationToken).ConfigureAwait(false);
            return activity;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            // The same attempt again: the first record stands.
            var earlier = await table.GetEntityAsync<TableEntity>(Activities, TableKey.Escape(activity.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
            return Read(earlier.Value);
        }
    }

    public async Task<IReadOnlyList<DemoActivity>> ListAsync(string? targetExternalId, int max, CancellationToken cancellationToken)
    {
        var filter = targetExternalId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Activities}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Activities} and Target eq {targetExternalId}");
        var found = new List<DemoActivity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(Read(row));
        }

        return [.. found.OrderByDescending(a => a.At).ThenBy(a => a.Id, StringComparer.Ordinal).Take(max)];
    }

    public async Task MarkDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        foreach (var id in externalIds.Distinct(StringComparer.Ordinal))
        {
            var row = new TableEntity(Deleted(accountId), TableKey.Escape(id)) { ["AccountId"] = accountId, ["ExternalId"] = id };
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<string>> FindDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var found = new List<string>();
        foreach (var id in externalIds)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(Deleted(accountId), TableKey.Escape(id), ["ExternalId"], cancellationToken).ConfigureAwait(false);
            if (row.HasValue)
            {
                found.Add(id);
            }
        }

        return found;
    }

    private static string Deleted(string accountId) => "deleted-" + TableKey.Escape(accountId);

    private static TableEntity Write(DemoActivity a) => new(Activities, TableKey.Escape(a.Id))
    {
        ["Id"] = a.Id,
        ["AccountId"] = a.AccountId,
        ["Imitates"] = a.Imitates.ToString(),
        ["Kind"] = a.Kind.ToString(),
        ["Target"] = a.TargetExternalId,
        ["Text"] = a.Text,
        ["At"] = a.At,
        ["Permalink"] = a.Permalink?.AbsoluteUri,
        ["AttemptId"] = a.AttemptId,
        ["CaseId"] = a.CaseId,
    };

    private static DemoActivity Read(TableEntity row) => new(
        row.GetString("Id"),
        row.GetString("AccountId"),
        Enum.Parse<Network>(row.GetString("Imitates")),
        Enum.Parse<SocialActionKind>(row.GetString("Kind")),
        row.GetString("Target"),
        row.GetString("Text"),
        row.GetDateTimeOffset("At") ?? throw new InvalidDataException($"Demo activity {row.RowKey} has no time."),
        row.GetString("Permalink") is { } link ? new Uri(link) : null,
        row.GetString("AttemptId"),
        row.GetString("CaseId"));
}
