using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SomeTeams.Connectors.Mastodon;

/// <summary>The one place a Mastodon status code and error body become a <see cref="ConnectorError"/> (social-apis.md §5.5).</summary>
internal static class MastodonErrors
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    public static ConnectorError From(HttpResponseMessage response, string body, DateTimeOffset now)
    {
        var message = ErrorText(body) ?? $"HTTP {(int)response.StatusCode}";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new ConnectorError.AuthExpired($"Mastodon refused the access token: {message}"),
            HttpStatusCode.NotFound => new ConnectorError.NotFound(message),
            HttpStatusCode.TooManyRequests => new ConnectorError.RateLimited(RetryAfter(response, now), message),
            >= HttpStatusCode.InternalServerError => new ConnectorError.Unavailable(message),
            _ => new ConnectorError.Rejected(message),
        };
    }

    /// <summary>Mastodon's reset header is an ISO-8601 time, not epoch seconds ([SRC] rate_limit_headers.rb).</summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && DateTimeOffset.TryParse(values.First(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset))
        {
            return reset > now ? reset - now : TimeSpan.FromSeconds(1);
        }

        return response.Headers.RetryAfter?.Delta ?? DefaultWait;
    }

    private static string? ErrorText(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, MastodonJson.Default.MastodonError)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
