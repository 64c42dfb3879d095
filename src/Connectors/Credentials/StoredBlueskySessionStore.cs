using System.Text.Json;
using SomeTeams.Connectors.Bluesky;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.Credentials;

/// <summary>
/// Bluesky sessions in the host's durable credential store, so a restart refreshes the session
/// instead of logging in again (createSession allows 30 per 5 minutes, 300 a day, social-apis.md
/// §6.1). A stored session that no longer works is replaced by the client's own login fallback.
/// </summary>
internal sealed class StoredBlueskySessionStore(ICredentialStore credentials) : IBlueskySessionStore
{
    internal const string Kind = "bluesky-session";

    public async Task<BlueskySession?> LoadAsync(string accountId, CancellationToken cancellationToken)
    {
        var json = await credentials.GetAsync(accountId, Kind, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, CredentialJson.Default.BlueskySession);
        }
        catch (JsonException)
        {
            // An unreadable session is as good as none: the client logs in again and overwrites it.
            return null;
        }
    }

    public Task SaveAsync(string accountId, BlueskySession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return credentials.SaveAsync(accountId, Kind, JsonSerializer.Serialize(session, CredentialJson.Default.BlueskySession), cancellationToken);
    }
}
