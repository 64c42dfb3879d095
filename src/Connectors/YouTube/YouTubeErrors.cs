using System.Net;
using System.Text.Json;

namespace SomeTeams.Connectors.YouTube;

/// <summary>The one place a Google status and error envelope become a <see cref="ConnectorError"/> (social-apis.md §7.3).</summary>
internal static class YouTubeErrors
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);

    public static string? Reason(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, YouTubeJson.Default.GoogleErrorBody)?.Error?.Errors is [{ Reason: { } reason }, ..] ? reason : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ConnectorError From(HttpResponseMessage response, string body, DateTimeOffset quotaResetsAt)
    {
        var reason = Reason(body);
        var text = reason ?? $"HTTP {(int)response.StatusCode}";
        return (response.StatusCode, reason) switch
        {
            (_, "quotaExceeded" or "dailyLimitExceeded") => new ConnectorError.QuotaExhausted(quotaResetsAt, "The YouTube daily quota is spent."),
            (_, "rateLimitExceeded" or "userRateLimitExceeded") or (HttpStatusCode.TooManyRequests, _) =>
                new ConnectorError.RateLimited(response.Headers.RetryAfter?.Delta ?? DefaultWait, text),
            (HttpStatusCode.Unauthorized, _) or (_, "authError") => new ConnectorError.AuthExpired($"Google refused the channel's token ({text}); reconnect the channel."),
            (HttpStatusCode.NotFound, _) => new ConnectorError.NotFound(text),
            (>= HttpStatusCode.InternalServerError, _) => new ConnectorError.Unavailable(text),
            _ => new ConnectorError.Rejected(text),
        };
    }
}
