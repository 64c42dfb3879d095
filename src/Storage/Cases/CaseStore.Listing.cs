using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

public sealed partial class CaseStore
{
    /// <summary>
    /// Every case, open or not, for reports (<c>someteams stats</c>). Like <see cref="ListOpenAsync"/>
    /// this scans the whole cases table, so it belongs in an export or a weekly digest, not on a request path.
    /// </summary>
    public async IAsyncEnumerable<Case> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseRows.CaseRow}");
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return CaseRows.ToCase(row);
        }
    }

    /// <summary>
    /// Every case in <paramref name="state"/>, e.g. those waiting on the outbox (Sending is not "open").
    /// A filter on a property, so a whole-table scan like <see cref="ListOpenAsync"/>: for timers, not requests.
    /// </summary>
    public async IAsyncEnumerable<Case> ListInStateAsync(CaseState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseRows.CaseRow} and State eq {state.ToString()}");
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return CaseRows.ToCase(row);
        }
    }
}
