using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Crisis;

namespace SomeTeams.Storage.Crisis;

/// <summary>
/// Crisis mode on one table. Partition <c>crisis</c> holds one row per cluster: its latest crisis
/// period. Raising and ending are compare-and-swap on that row, so of two overlapping detector runs
/// (or retries) exactly one raises, and a manager's end wins over nothing but another end.
/// Volume and groups live in the same table under their own partitions (CrisisStore.Volume.cs,
/// CrisisStore.Groups.cs).
/// </summary>
public sealed partial class CrisisStore(StorageClients clients)
{
    private const string Periods = "crisis";
    private readonly TableClient _table = clients.Table(clients.Names.CrisisTable);

    public async Task<IReadOnlyList<StoredPeriod>> ListPeriodsAsync(CancellationToken cancellationToken)
    {
        var list = new List<StoredPeriod>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Periods, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(Read(row));
        }

        return list;
    }

    public async Task<StoredPeriod?> GetAsync(Cluster cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Periods, TableKey.Escape(cluster.Key), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>
    /// Stores <paramref name="period"/> as the cluster's crisis if the row is still as
    /// <paramref name="previous"/> saw it (absent when null); false when someone else changed it first.
    /// </summary>
    public async Task<bool> TryRaiseAsync(CrisisPeriod period, StoredPeriod? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var entity = Write(period);
        try
        {
            if (previous is null)
            {
                await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>Ends crisis <paramref name="crisisId"/> of its cluster, once.</summary>
    public async Task<(EndOutcome Outcome, StoredPeriod? Now)> EndAsync(Cluster cluster, string crisisId, string endedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await GetAsync(cluster, cancellationToken).ConfigureAwait(false);
            if (stored is null || stored.Period.Id != crisisId)
            {
                return (EndOutcome.NotFound, stored);
            }

            if (!stored.Period.IsActive)
            {
                return (EndOutcome.AlreadyEnded, stored);
            }

            var ended = stored.Period with { EndedAt = at, EndedBy = endedBy };
            var entity = Write(ended, stored.Card);
            try
            {
                var response = await _table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return (EndOutcome.Ended, stored with { Period = ended, ETag = response.Headers.ETag ?? ETag.All });
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                // The detector saved the card meanwhile: read again and end what is there.
            }
        }
    }

    /// <summary>Records where the managers' card of the cluster's crisis is and what it shows.</summary>
    public async Task SaveCardAsync(Cluster cluster, string crisisId, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        while (await GetAsync(cluster, cancellationToken).ConfigureAwait(false) is { } stored && stored.Period.Id == crisisId)
        {
            try
            {
                await _table.UpdateEntityAsync(Write(stored.Period, card), stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                // Ended meanwhile: keep the end, add the card.
            }
        }
    }

    private static TableEntity Write(CrisisPeriod p, PostedCard? card = null)
    {
        var entity = new TableEntity(Periods, TableKey.Escape(p.Cluster.Key))
        {
            ["Cluster"] = p.Cluster.Key,
            ["CrisisId"] = p.Id,
            ["Since"] = p.Since,
            ["RaisedAt"] = p.RaisedAt,
            ["CountAtRaise"] = p.CountAtRaise,
            ["PerMinute"] = p.PerMinute,
            ["BaselinePerMinute"] = p.BaselinePerMinute,
            ["Samples"] = string.Join(' ', p.SampleCaseIds),
            ["EndedAt"] = p.EndedAt,
            ["EndedBy"] = p.EndedBy,
        };
        if (card is not null)
        {
            entity["CardServiceUrl"] = card.ServiceUrl;
            entity["CardConversationId"] = card.ConversationId;
            entity["CardActivityId"] = card.ActivityId;
            entity["CardShows"] = card.Shows;
        }

        return entity;
    }

    private static StoredPeriod Read(TableEntity row)
    {
        var period = new CrisisPeriod
        {
            Id = row.GetString("CrisisId"),
            Cluster = Cluster.Parse(row.GetString("Cluster")),
            Since = row.GetDateTimeOffset("Since") ?? default,
            RaisedAt = row.GetDateTimeOffset("RaisedAt") ?? default,
            CountAtRaise = row.GetInt32("CountAtRaise") ?? 0,
            PerMinute = row.GetDouble("PerMinute") ?? 0,
            BaselinePerMinute = row.GetDouble("BaselinePerMinute") ?? 0,
            SampleCaseIds = [.. (row.GetString("Samples") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            EndedAt = row.GetDateTimeOffset("EndedAt"),
            EndedBy = row.GetString("EndedBy"),
        };
        var card = row.GetString("CardActivityId") is { } activity
            ? new PostedCard(row.GetString("CardServiceUrl"), row.GetString("CardConversationId"), activity, row.GetString("CardShows") ?? string.Empty)
            : null;
        return new StoredPeriod(period, card, row.ETag);
    }

    private static string Minute(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
}
