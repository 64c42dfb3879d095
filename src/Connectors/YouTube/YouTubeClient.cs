using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Calls to the Data API for one channel (settings <c>BaseUrl</c>, <c>ChannelId</c>, token
/// settings, <c>DailyQuota</c>, <c>ReplyReserve</c>, <c>QuotaProject</c>), each charged to the quota
/// before it is sent, with one retry after a refreshed token on 401.
/// </summary>
internal sealed class YouTubeClient(HttpClient http, YouTubeTokens tokens, YouTubeQuota quota)
{
    private const string DefaultBaseUrl = "https://www.googleapis.com/youtube/v3";

    public DateTimeOffset QuotaResetsAt => quota.ResetsAt;

    /// <summary>Sends a call costing <paramref name="cost"/> units; reads keep the reply reserve free.</summary>
    public async Task<CallResult<T>> SendAsync<T>(
        SourceAccount account, HttpMethod method, string relative, Func<HttpContent?> body, int cost, bool isRead, JsonTypeInfo<T>? type, CallTally tally, CancellationToken cancellationToken)
    {
        var daily = Int(account, "DailyQuota", 10_000);
        var ceiling = isRead ? daily - Int(account, "ReplyReserve", 500) : daily;
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(account, tally, cancellationToken).ConfigureAwait(false);
            if (token.Error is not null)
            {
                return token.As<T>();
            }

            if (!await quota.TrySpendAsync(Project(account), cost, ceiling, cancellationToken).ConfigureAwait(false))
            {
                var why = isRead ? "The YouTube quota left today is kept for replies and moderation." : "The YouTube daily quota is spent.";
                return CallResult<T>.Fail(new ConnectorError.QuotaExhausted(quota.ResetsAt, why));
            }

            var baseUrl = (account.Setting("BaseUrl") ?? DefaultBaseUrl).TrimEnd('/') + "/";
            using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl), relative)) { Content = body() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            tally.Add();
            var raw = await HttpSend.RawAsync(http, request, (r, b) => YouTubeErrors.From(r, b, quota.ResetsAt), cancellationToken).ConfigureAwait(false);
            if (raw.Error is ConnectorError.AuthExpired && attempt == 0 && YouTubeTokens.CanRefresh(account))
            {
                tokens.Forget(account);
                continue;
            }

            if (raw.Error is ConnectorError.QuotaExhausted)
            {
                await quota.ExhaustAsync(Project(account), cancellationToken).ConfigureAwait(false);
            }

            return raw.Error is not null || type is null ? raw.As<T>() : Parse(raw.Value!.Body, type);
        }
    }

    private static CallResult<T> Parse<T>(string body, JsonTypeInfo<T> type)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(body, type) is { } value
                ? CallResult<T>.Ok(value)
                : CallResult<T>.Fail(new ConnectorError.Unavailable("empty answer"));
        }
        catch (System.Text.Json.JsonException)
        {
            return CallResult<T>.Fail(new ConnectorError.Unavailable("answer is not the expected JSON"));
        }
    }

    private static string Project(SourceAccount account) => account.Setting("QuotaProject") ?? account.Setting("ChannelId") ?? account.Id;

    private static int Int(SourceAccount account, string key, int fallback) =>
        int.TryParse(account.Setting(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
