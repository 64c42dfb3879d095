namespace SomeTeams.Core.Accounts;

/// <summary>
/// Quota units spent per quota project and day, shared by every instance (a table in
/// production). YouTube sends no usage headers, so the only count there is is our own, and it
/// must survive restarts and be one count across the poller and the sender.
/// </summary>
public interface IQuotaLedger
{
    /// <summary>Adds <paramref name="cost"/> to the day's count if the total stays within <paramref name="ceiling"/>; false adds nothing.</summary>
    Task<bool> TrySpendAsync(string project, DateOnly day, int cost, int ceiling, CancellationToken cancellationToken);

    /// <summary>The network said the quota is spent: nothing more that day, whatever the count said.</summary>
    Task ExhaustAsync(string project, DateOnly day, CancellationToken cancellationToken);
}
