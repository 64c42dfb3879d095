using SomeTeams.Core.Cases;
using SomeTeams.Core.Stats;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// What StatsCalculator needs, read from the stored cases: the histories (case + audit) of the
/// cases opened in the period, and every case still open. Scans the cases table: for the weekly
/// digest and a manager's command, not for a request path.
/// </summary>
public sealed class StatsSource(CaseStore cases)
{
    public async Task<(IReadOnlyList<CaseHistory> Histories, IReadOnlyList<Case> Open)> LoadAsync(StatsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var open = new List<Case>();
        var histories = new List<CaseHistory>();
        await foreach (var c in cases.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (c.State is not (CaseState.Sent or CaseState.Closed))
            {
                open.Add(c);
            }

            if (period.Contains(c.OpenedAt))
            {
                histories.Add(new CaseHistory(c, await cases.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false)));
            }
        }

        return (histories, open);
    }
}
