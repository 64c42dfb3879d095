namespace SomeTeams.Connectors.X;

/// <summary>An X OAuth 2.0 user-context token pair. Never logged.</summary>
public sealed record XTokens(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt)
{
    // Keep token values out of any accidental log or exception message.
    public override string ToString() => $"XTokens(expires {ExpiresAt:O})";
}

/// <summary>
/// Where X tokens live between calls. X rotates the refresh token on every refresh, so the
/// refreshed pair must be saved (Key Vault or the account store) before the old one is gone.
/// </summary>
public interface IXTokenStore
{
    /// <summary>The current tokens, or null to use the account's configured settings.</summary>
    ValueTask<XTokens?> GetAsync(SourceAccount account, CancellationToken cancellationToken);

    ValueTask SaveAsync(SourceAccount account, XTokens tokens, CancellationToken cancellationToken);
}
