namespace SomeTeams.Core.Accounts;

/// <summary>
/// Where account health survives between polls and instances (a table in production). A seam
/// in Core so the recorder, which sits beside the connectors, never references Storage.
/// </summary>
public interface IAccountHealthStore
{
    Task<AccountHealth?> GetAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the account's health with <paramref name="update"/> of what is stored (null when
    /// nothing is), by compare-and-swap: when another writer got there first the update runs again
    /// on their result, so it must be free of side effects. Returns what was stored.
    /// </summary>
    Task<AccountHealth> UpdateAsync(string accountId, Func<AccountHealth?, AccountHealth> update, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccountHealth>> ListAsync(CancellationToken cancellationToken);
}
