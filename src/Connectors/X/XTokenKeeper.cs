using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Hands out the current X token and refreshes it with the refresh_token grant. One refresh at a
/// time per account: X rotates the refresh token, so two racing refreshes would burn it.
/// </summary>
internal sealed class XTokenKeeper(IXTokenStore store, TimeProvider time, ILogger<XTokenKeeper> logger)
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public async Task<TokenResult> CurrentAsync(SourceAccount account, HttpClient http, CallCounter calls, CancellationToken cancellationToken)
    {
        var tokens = await store.GetAsync(account, cancellationToken) ?? FromSettings(account);
        if (tokens is null)
        {
            return TokenResult.Fail(new ConnectorError.AuthExpired("No X access token is configured; connect the account."));
        }

        return tokens.ExpiresAt is { } expires && expires - Skew <= time.GetUtcNow() && tokens.RefreshToken is not null
            ? await RefreshAsync(account, tokens, http, calls, cancellationToken)
            : TokenResult.Ok(tokens);
    }

    public async Task<TokenResult> RefreshAsync(SourceAccount account, XTokens stale, HttpClient http, CallCounter calls, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(account.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var latest = await store.GetAsync(account, cancellationToken) ?? FromSettings(account);
            if (latest is not null && latest.AccessToken != stale.AccessToken)
            {
                return TokenResult.Ok(latest);
            }

            var clientId = account.Setting("ClientId");
            if (stale.RefreshToken is null || clientId is null)
            {
                return TokenResult.Fail(new ConnectorError.AuthExpired("The X access token expired and no refresh token is configured; reconnect the account."));
            }

            using var request = BuildRequest(account, clientId, stale.RefreshToken);
            calls.Add();
            using var response = await SendAsync(http, request, cancellationToken);
            if (response is null)
            {
                return TokenResult.Fail(new ConnectorError.Unavailable("The X token endpoint could not be reached."));
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                XLog.CallFailed(logger, account.Id, "oauth2/token", (int)response.StatusCode);
                return TokenResult.Fail((int)response.StatusCode >= 500
                    ? new ConnectorError.Unavailable("The X token endpoint is unavailable.")
                    : new ConnectorError.AuthExpired("X refused the refresh token; reconnect the account."));
            }

            var answer = JsonSerializer.Deserialize(body, XJson.Default.XTokenResponse);
            if (answer?.AccessToken is null)
            {
                return TokenResult.Fail(new ConnectorError.AuthExpired("The X token endpoint gave no access token; reconnect the account."));
            }

            var expires = answer.ExpiresIn is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : (DateTimeOffset?)null;
            var fresh = new XTokens(answer.AccessToken, answer.RefreshToken ?? stale.RefreshToken, expires);
            await store.SaveAsync(account, fresh, cancellationToken);
            XLog.TokenRefreshed(logger, account.Id);
            return TokenResult.Ok(fresh);
        }
        finally
        {
            gate.Release();
        }
    }

    private static HttpRequestMessage BuildRequest(SourceAccount account, string clientId, string refreshToken)
    {
        var url = account.Setting("TokenUrl") ?? new Uri(XApiClient.BaseUrl(account), "2/oauth2/token").ToString();
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken };
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (account.Setting("ClientSecret") is { } secret)
        {
            // Confidential client: HTTP Basic client_id:client_secret (§2.2).
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }
        else
        {
            form["client_id"] = clientId;
        }

        request.Content = new FormUrlEncodedContent(form);
        return request;
    }

    private static async Task<HttpResponseMessage?> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A refresh that may have reached X could have rotated the token: the next refresh
            // then fails and the admin reconnects, which is the only safe outcome.
            return null;
        }
    }

    private static XTokens? FromSettings(SourceAccount account) =>
        account.Setting("AccessToken") is { } access ? new XTokens(access, account.Setting("RefreshToken"), null) : null;
}

internal sealed record TokenResult(XTokens? Tokens, ConnectorError? Error)
{
    public static TokenResult Ok(XTokens tokens) => new(tokens, null);

    public static TokenResult Fail(ConnectorError error) => new(null, error);
}
