namespace SomeTeams.Core.Accounts;

/// <summary>
/// Secrets that change while the app runs, per account and kind (an X token pair, a Bluesky
/// session). Refresh tokens rotate on every refresh, so they cannot live only in configuration
/// or Key Vault references, which the app reads but never writes. Values are opaque to the
/// store and never logged.
/// </summary>
public interface ICredentialStore
{
    Task<string?> GetAsync(string accountId, string kind, CancellationToken cancellationToken);

    Task SaveAsync(string accountId, string kind, string secret, CancellationToken cancellationToken);
}
