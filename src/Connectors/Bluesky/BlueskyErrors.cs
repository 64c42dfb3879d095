using System.Net;
using System.Text.Json;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>The one place an XRPC status and <c>{"error","message"}</c> body become a <see cref="ConnectorError"/> (social-apis.md §6.6).</summary>
internal static class BlueskyErrors
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    /// <summary>The access token ran out: refresh the session and try once more.</summary>
    public static bool IsExpiredAccess(HttpStatusCode status, string? error) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized && error is "ExpiredToken" or "InvalidToken";

    public static ConnectorError From(HttpResponseMessage response, string body, DateTimeOffset now)
    {
        var (name, message) = Read(body);
        var reason = $"{name ?? "HTTP " + (int)response.StatusCode}: {message}";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new ConnectorError.RateLimited(RetryAfter(response, now), reason),
            HttpStatusCode.Unauthorized => new ConnectorError.AuthExpired($"Bluesky refused the account's credentials ({reason})"),
            HttpStatusCode.Forbidden when name is "AccountTakedown" or "AccountDeactivated" => new ConnectorError.AuthExpired($"Bluesky refused the account ({reason})"),
            _ when name is "ExpiredToken" or "InvalidToken" => new ConnectorError.AuthExpired($"Bluesky refused the account's session ({reason})"),
            HttpStatusCode.NotFound => new ConnectorError.NotFound(reason),
            _ when name is "RecordNotFound" or "NotFound" => new ConnectorError.NotFound(reason),
            >= HttpStatusCode.InternalServerError => new ConnectorError.Unavailable(reason),
            _ => new ConnectorError.Rejected(reason),
        };
    }

    public static (string? Name, string? Message) Read(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, BlueskyJson.Default.XrpcError);
            return (error?.Error, error?.Message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary><c>RateLimit-Reset</c> is Unix seconds ([SRC] rate-limiter-http.ts).</summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues("RateLimit-Reset", out var values) && long.TryParse(values.First(), out var epoch))
        {
            var reset = DateTimeOffset.FromUnixTimeSeconds(epoch);
            return reset > now ? reset - now : TimeSpan.FromSeconds(1);
        }

        return response.Headers.RetryAfter?.Delta ?? DefaultWait;
    }
}
