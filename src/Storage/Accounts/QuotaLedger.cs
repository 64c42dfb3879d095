using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Storage.Accounts;

/// <summary>
/// One row per quota project and day, counted up by compare-and-swap so two instances spending
/// at once never both take the last units. Old days stay as a small history (one row a day).
/// </summary>
public sealed class QuotaLedger(StorageClients clients) : IQuotaLedger
{
    private const int MaxAttempts = 20;

    // Far above any daily quota and far below int.MaxValue, so adding a cost cannot overflow.
    private const int Spent = int.MaxValue / 2;
    private readonly TableClient _table = clients.Table(clients.Names.QuotasTable);

    public Task<bool> TrySpendAsync(string project, DateOnly day, int cost, int ceiling, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        return ChangeAsync(project, day, used => used + cost <= ceiling ? used + cost : null, cancellationToken);
    }

    public Task ExhaustAsync(string project, DateOnly day, CancellationToken cancellationToken) =>
        ChangeAsync(project, day, used => Math.Max(used, Spent), cancellationToken);

    /// <summary>Applies <paramref name="next"/> to the day's units; null from it means "refuse, change nothing".</summary>
    private async Task<bool> ChangeAsync(string project, DateOnly day, Func<int, int?> next, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        var (key, row) = (TableKey.Escape(project), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(key, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            var used = current.HasValue ? current.Value!.GetInt32("Units") ?? 0 : 0;
            if (next(used) is not { } units)
            {
                return false;
            }

            var entity = new TableEntity(key, row) { ["Project"] = project, ["Units"] = units };
            try
            {
                _ = current.HasValue
                    ? await _table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                    : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // Another instance spent first: count again from what it stored.
            }
        }

        throw new InvalidOperationException($"Quota project {project} lost {MaxAttempts} compare-and-swap races in a row.");
    }
}
