using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.Credentials;

/// <summary>
/// X tokens in the host's durable credential store: X rotates the refresh token on every refresh,
/// so the rotated pair must outlive the process and be seen by every instance. Each saved pair
/// remembers a fingerprint of the configured tokens it grew from; when an admin reconnects the
/// account (new tokens in configuration or Key Vault) the fingerprint differs and the fresh
/// configuration wins over the dead stored pair. Not cached: another instance may rotate.
/// </summary>
internal sealed class StoredXTokenStore(ICredentialStore credentials) : IXTokenStore
{
    internal const string Kind = "x-tokens";

    public async ValueTask<XTokens?> GetAsync(SourceAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var json = await credentials.GetAsync(account.Id, Kind, cancellationToken).ConfigureAwait(false);
        return json is not null && Read(json) is { } stored && stored.Origin == Origin(account) ? new XTokens(stored.AccessToken, stored.RefreshToken, stored.ExpiresAt) : null;
    }

    public async ValueTask SaveAsync(SourceAccount account, XTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(tokens);
        var stored = new StoredXTokens(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresAt, Origin(account));
        await credentials.SaveAsync(account.Id, Kind, JsonSerializer.Serialize(stored, CredentialJson.Default.StoredXTokens), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A one-way fingerprint: the stored row never holds the configured secrets themselves.</summary>
    internal static string Origin(SourceAccount account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{account.Setting("AccessToken")}\n{account.Setting("RefreshToken")}")));

    private static StoredXTokens? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CredentialJson.Default.StoredXTokens);
        }
        catch (JsonException)
        {
            // Unreadable is treated as absent: the configured tokens are tried, and if X has
            // rotated them the account reports AuthExpired, which reaches the admins as an alert.
            return null;
        }
    }
}

internal sealed record StoredXTokens(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string Origin)
{
    public override string ToString() => $"StoredXTokens(expires {ExpiresAt:O})";
}
