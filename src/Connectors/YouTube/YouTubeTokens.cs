using System.Collections.Concurrent;
using System.Text.Json;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Google access tokens for a channel: with <c>RefreshToken</c>, <c>ClientId</c> and
/// <c>ClientSecret</c> a fresh one is fetched from <c>TokenUrl</c> when the cached one nears its
/// hour; with only <c>AccessToken</c> that token is used as is and its expiry is an auth error.
/// </summary>
internal sealed class YouTubeTokens(HttpClient http, TimeProvider time)
{
    private const string GoogleTokenUrl = "https://oauth2.googleapis.com/token";
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> cache = new(StringComparer.Ordinal);

    public static bool CanRefresh(SourceAccount account) => account.Setting("RefreshToken") is not null;

    public void Forget(SourceAccount account) => cache.TryRemove(account.Id, out _);

    public async Task<CallResult<string>> GetAsync(SourceAccount account, CallTally tally, CancellationToken cancellationToken)
    {
        if (!CanRefresh(account))
        {
            return account.Setting("AccessToken") is { } fixedToken
                ? CallResult<string>.Ok(fixedToken)
                : CallResult<string>.Fail(new ConnectorError.AuthExpired("The YouTube channel needs AccessToken, or RefreshToken with ClientId and ClientSecret."));
        }

        if (cache.TryGetValue(account.Id, out var cached) && cached.ExpiresAt > time.GetUtcNow())
        {
            return CallResult<string>.Ok(cached.Token);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, account.Setting("TokenUrl") ?? GoogleTokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = account.Setting("RefreshToken")!,
                ["client_id"] = account.Setting("ClientId") ?? string.Empty,
                ["client_secret"] = account.Setting("ClientSecret") ?? string.Empty,
            }),
        };
        tally.Add();
        var answer = await HttpSend.JsonAsync(http, request, GoogleOAuthJson.Default.TokenAnswer, Refused, cancellationToken).ConfigureAwait(false);
        if (answer.Error is not null || answer.Value!.AccessToken is not { } token)
        {
            return CallResult<string>.Fail(answer.Error ?? new ConnectorError.Unavailable("token answer without access_token"));
        }

        // Renew a minute early so a token never expires between the check and the call.
        cache[account.Id] = (token, time.GetUtcNow().AddSeconds((answer.Value.ExpiresIn ?? 3600) - 60));
        return CallResult<string>.Ok(token);
    }

    private static ConnectorError Refused(HttpResponseMessage response, string body)
    {
        string? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, GoogleOAuthJson.Default.TokenAnswer)?.Error;
        }
        catch (JsonException)
        {
            // Not the OAuth error shape: decide by status alone.
        }

        return error is "invalid_grant" or "invalid_client" or "unauthorized_client" || response.StatusCode == System.Net.HttpStatusCode.Unauthorized
            ? new ConnectorError.AuthExpired($"Google refused the channel's refresh token ({error ?? "unauthorized"}); reconnect the channel.")
            : (int)response.StatusCode >= 500 ? new ConnectorError.Unavailable($"token endpoint HTTP {(int)response.StatusCode}") : new ConnectorError.Rejected(error ?? "token request refused");
    }
}
