using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>The one place an X status and problem body become a <see cref="ConnectorError"/> (social-apis.md §2.9).</summary>
internal static class XErrors
{
    public const string NotSummoned =
        "X allows a reply only when the post's author mentioned or quoted the brand account; answer by DM or another channel.";

    private static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(15);

    public static ConnectorError From(HttpStatusCode status, string body, HttpResponseHeaders headers, DateTimeOffset now)
    {
        var problem = Parse(body);
        var type = problem?.Type ?? "";
        return (int)status switch
        {
            401 => new ConnectorError.AuthExpired("X refused the access token; reconnect the account."),
            402 => new ConnectorError.QuotaExhausted(null, "X credits are spent or the spend limit is reached."),
            429 when type.EndsWith("usage-capped", StringComparison.Ordinal) =>
                new ConnectorError.QuotaExhausted(null, $"X usage cap reached ({problem?.Period ?? "period unknown"})."),
            429 => RateLimit(headers, now),
            403 when Contains(problem?.Detail, "not been mentioned") => new ConnectorError.Rejected(NotSummoned) { Problem = ActionProblem.NotSummoned },
            403 when Contains(problem?.Detail, "duplicate content") => new ConnectorError.Rejected("X refused a reply identical to an earlier one.") { Problem = ActionProblem.Duplicate },
            403 when type.EndsWith("client-forbidden", StringComparison.Ordinal) =>
                new ConnectorError.Rejected("The X developer app lacks the access level for this endpoint.") { Problem = ActionProblem.PermissionMissing },
            403 => new ConnectorError.Rejected("X forbade the request."),
            404 => new ConnectorError.NotFound("X could not find the item."),
            >= 500 => new ConnectorError.Unavailable($"X answered {(int)status}."),
            _ => new ConnectorError.Rejected($"X refused the request ({problem?.Title ?? ((int)status).ToString(CultureInfo.InvariantCulture)})."),
        };
    }

    // A 429 whose window still has calls left is not a rate limit but billing (credits or
    // spend cap): waiting for x-rate-limit-reset would not help (§2.9, [ASSUMED]).
    private static ConnectorError RateLimit(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var remaining = Header(headers, "x-rate-limit-remaining");
        if (remaining is not null && remaining != "0")
        {
            return new ConnectorError.QuotaExhausted(null, "X refused with calls left in the window: credits or spend limit.");
        }

        if (long.TryParse(Header(headers, "x-rate-limit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - now;
            return new ConnectorError.RateLimited(wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), "X rate limit reached.");
        }

        return new ConnectorError.RateLimited(DefaultWindow, "X rate limit reached (no reset header).");
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool Contains(string? text, string part) =>
        text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    private static XProblem? Parse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, XJson.Default.XProblem);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
