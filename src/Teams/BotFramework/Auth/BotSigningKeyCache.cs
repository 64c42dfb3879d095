using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>
/// The OpenID metadata and JWKS, fetched together so keys and their endorsements never
/// disagree, refreshed every 12 h and on an unknown key id at most every 5 min
/// (bot-protocol.md §3.3). Our own cache rather than ConfigurationManager because the
/// endorsements are not in its model and its clock cannot be faked.
/// </summary>
internal sealed partial class BotSigningKeyCache(HttpClient http, IOptions<BotAuthOptions> options, TimeProvider time, ILogger<BotSigningKeyCache> log) : IDisposable
{
    internal static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    internal static readonly TimeSpan MinForcedInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile BotSigningKeys? current;
    private DateTimeOffset lastFailure = DateTimeOffset.MinValue;

    /// <summary>The cached keys, fetched when missing or older than 12 h; null only when no keys could ever be fetched.</summary>
    public async Task<BotSigningKeys?> GetAsync(CancellationToken cancellationToken)
    {
        var seen = current;
        return seen is not null && time.GetUtcNow() - seen.FetchedAt < MaxAge
            ? seen
            : await RefreshAsync(seen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A refetch for a token whose key id is unknown, or null when one happened too recently.</summary>
    public async Task<BotSigningKeys?> RefreshForUnknownKeyAsync(BotSigningKeys seen, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - seen.FetchedAt < MinForcedInterval)
        {
            return null;
        }

        var fresh = await RefreshAsync(seen, cancellationToken).ConfigureAwait(false);
        return fresh is null || ReferenceEquals(fresh, seen) ? null : fresh;
    }

    public void Dispose() => gate.Dispose();

    private async Task<BotSigningKeys?> RefreshAsync(BotSigningKeys? seen, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } other && !ReferenceEquals(other, seen))
            {
                return other;
            }

            if (time.GetUtcNow() - lastFailure < FailureBackoff)
            {
                return seen;
            }

            try
            {
                var fetched = await FetchAsync(cancellationToken).ConfigureAwait(false);
                current = fetched;
                LogFetched(fetched.Keys.Count);
                return fetched;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException
                || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Keep serving the keys we have: an outage of the metadata endpoint must not reject every request.
                lastFailure = time.GetUtcNow();
                LogFetchFailed(ex.GetType().Name);
                return seen;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<BotSigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataUrl = options.Value.OpenIdMetadataUrl;
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) && Uri.TryCreate(j.GetString(), UriKind.Absolute, out var u)
            ? u
            : throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
        var jwksJson = await GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        var keys = new JsonWebKeySet(jwksJson).GetSigningKeys().ToList();
        using var jwks = JsonDocument.Parse(jwksJson);
        return new BotSigningKeys(keys, ReadEndorsements(jwks.RootElement), time.GetUtcNow());
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(JsonElement jwks)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in jwks.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                && key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array)
            {
                result[id] = e.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await GetStringAsync(uri, cancellationToken).ConfigureAwait(false));

    private async Task<string> GetStringAsync(Uri uri, CancellationToken cancellationToken)
    {
        // Keys over plain HTTP could be swapped in transit; only a local fake may use it.
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException("OpenID metadata and keys are fetched over HTTPS only.");
        }

        return await http.GetStringAsync(uri, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {KeyCount} Bot Framework signing keys")]
    private partial void LogFetched(int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching the Bot Framework signing keys failed ({ErrorType}); keeping the cached keys")]
    private partial void LogFetchFailed(string errorType);
}
