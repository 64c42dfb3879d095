using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SomeTeams.TestKit.Fakes.Http;

namespace SomeTeams.TestKit.Fakes.YouTube;

/// <summary>
/// The YouTube Data API v3 comment routes of social-apis.md §7 under <c>/youtube/v3</c>, plus
/// Google's <c>/token</c>: comment threads newest first with <c>nextPageToken</c>, replies,
/// setModerationStatus (204, banWithoutReject), the Google error envelope for 401 authError and
/// 403 quotaExceeded, and a unit counter charged with the real costs.
/// </summary>
public sealed class FakeYouTube : IAsyncDisposable
{
    public const string ChannelId = "UCacmeBrandChannel000000";
    public const string RefreshToken = "1//0refresh-acme";

    private readonly List<JsonObject> threads = [];
    private readonly ConcurrentDictionary<string, (string Status, bool Ban)> moderation = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private FakeHttpServer? server;
    private int tokenGeneration = 1;
    private int replies;

    public Uri BaseAddress => server!.BaseAddress;

    public Uri ApiBase => new(BaseAddress, "youtube/v3");

    public Uri TokenUrl => new(BaseAddress, "token");

    public IReadOnlyList<RecordedRequest> Requests => server!.Requests;

    public string AccessToken => $"ya29.acme-{tokenGeneration}";

    public bool RefreshTokenRevoked { get; set; }

    /// <summary>Units left in the project today; at zero every call answers 403 quotaExceeded.</summary>
    public int QuotaRemaining { get; set; } = 10_000;

    public IReadOnlyDictionary<string, (string Status, bool Ban)> Moderation => moderation;

    public static async Task<FakeYouTube> StartAsync()
    {
        var fake = new FakeYouTube();
        fake.server = await FakeHttpServer.StartAsync(fake.Map);
        return fake;
    }

    /// <summary>When set, the next call answers 403 rateLimitExceeded with this Retry-After.</summary>
    public TimeSpan? RateLimitOnce { get; set; }

    /// <summary>Adds (or replaces, by id) a thread; threads are served newest first by their top-level comment.</summary>
    public void AddThread(JsonObject thread)
    {
        lock (gate)
        {
            threads.RemoveAll(t => (string?)t["id"] == (string?)thread["id"]);
            threads.Add(thread);
            threads.Sort((a, b) => string.CompareOrdinal(Published(b), Published(a)));
        }
    }

    /// <summary>The author deleted a comment: a top-level one takes its thread with it.</summary>
    public void RemoveComment(string id)
    {
        lock (gate)
        {
            threads.RemoveAll(t => (string?)t["id"] == id);
            foreach (var replies in threads.Select(t => t["replies"]?["comments"] as JsonArray).OfType<JsonArray>())
            {
                foreach (var gone in replies.Where(r => (string?)r?["id"] == id).ToList())
                {
                    replies.Remove(gone);
                }
            }
        }
    }

    /// <summary>The hour of the current access token is over: it answers 401 authError from now on.</summary>
    public void ExpireAccessToken() => Interlocked.Increment(ref tokenGeneration);

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string Published(JsonObject thread) => (thread["snippet"] as JsonObject)?["topLevelComment"]?["snippet"]?["publishedAt"]?.ToJsonString() ?? string.Empty;

    private void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/token", async (HttpContext c) =>
        {
            var form = await c.Request.ReadFormAsync();
            if (RefreshTokenRevoked || form["grant_type"] != "refresh_token" || form["refresh_token"] != RefreshToken)
            {
                await Json(c, 400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Token has been expired or revoked." });
                return;
            }

            await Json(c, 200, new JsonObject { ["access_token"] = AccessToken, ["expires_in"] = 3599, ["scope"] = "https://www.googleapis.com/auth/youtube.force-ssl", ["token_type"] = "Bearer" });
        });
        app.MapGet("/youtube/v3/commentThreads", (HttpContext c) => Guard(c, 1, () => ListThreads(c)));
        app.MapGet("/youtube/v3/comments", (HttpContext c) => Guard(c, 1, () => ListComments(c)));
        app.MapPost("/youtube/v3/comments", (HttpContext c) => Guard(c, 50, () => InsertReplyAsync(c)));
        app.MapPost("/youtube/v3/comments/setModerationStatus", (HttpContext c) => Guard(c, 50, () => Moderate(c)));
    }

    private Task Guard(HttpContext c, int cost, Func<Task> handler)
    {
        if (c.Request.Headers.Authorization != $"Bearer {AccessToken}")
        {
            return GoogleError(c, 401, "authError", "youtube.header", "Request had invalid authentication credentials.");
        }

        if (RateLimitOnce is { } wait)
        {
            RateLimitOnce = null;
            c.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return GoogleError(c, 403, "rateLimitExceeded", "youtube.quota", "The request cannot be completed because you have exceeded your rate limit.");
        }

        lock (gate)
        {
            if (QuotaRemaining < cost)
            {
                return GoogleError(c, 403, "quotaExceeded", "youtube.quota", "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.");
            }

            QuotaRemaining -= cost;
        }

        return handler();
    }

    private Task ListThreads(HttpContext c)
    {
        if (c.Request.Query["allThreadsRelatedToChannelId"] != ChannelId)
        {
            return GoogleError(c, 404, "channelNotFound", "youtube.commentThread", "The channel could not be found.");
        }

        var max = int.TryParse(c.Request.Query["maxResults"], out var m) ? Math.Clamp(m, 1, 100) : 20;
        var offset = c.Request.Query["pageToken"].ToString() is { Length: > 1 } token ? int.Parse(token[1..], CultureInfo.InvariantCulture) : 0;
        List<JsonObject> all;
        lock (gate)
        {
            all = [.. threads];
        }

        var body = new JsonObject
        {
            ["kind"] = "youtube#commentThreadListResponse",
            ["etag"] = "abcdEtag",
            ["pageInfo"] = new JsonObject { ["totalResults"] = Math.Min(max, all.Count - offset), ["resultsPerPage"] = max },
            ["items"] = new JsonArray([.. all.Skip(offset).Take(max).Select(t => t.DeepClone())]),
        };
        if (offset + max < all.Count)
        {
            body["nextPageToken"] = "P" + (offset + max).ToString(CultureInfo.InvariantCulture);
        }

        return Json(c, 200, body);
    }

    private Task ListComments(HttpContext c)
    {
        var wanted = c.Request.Query["id"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        List<string> known;
        lock (gate)
        {
            known = [.. threads.SelectMany(t => (t["replies"]?["comments"] as JsonArray ?? []).Select(r => (string?)r?["id"]).Prepend((string?)t["id"])).OfType<string>()];
        }

        var items = new JsonArray([.. known.Where(wanted.Contains).Select(id => new JsonObject { ["kind"] = "youtube#comment", ["etag"] = "e", ["id"] = id })]);
        return Json(c, 200, new JsonObject { ["kind"] = "youtube#commentListResponse", ["etag"] = "l", ["items"] = items });
    }

    private async Task InsertReplyAsync(HttpContext c)
    {
        var body = await JsonNode.ParseAsync(c.Request.Body);
        var parent = (string?)body?["snippet"]?["parentId"];
        var text = (string?)body?["snippet"]?["textOriginal"];
        if (string.IsNullOrEmpty(text))
        {
            await GoogleError(c, 400, "commentTextRequired", "youtube.comment", "The comment text is required.");
            return;
        }

        if (parent is null || !threads.Any(t => (string?)t["id"] == parent))
        {
            await GoogleError(c, 404, "parentCommentNotFound", "youtube.comment", "The parent comment could not be found.");
            return;
        }

        var id = $"{parent}.9xReply{Interlocked.Increment(ref replies):D8}";
        var reply = new YouTubeCommentFixture(id, DateTimeOffset.UtcNow, text, "@AcmeBrand", ChannelId, parent).ToJson();
        await Json(c, 200, reply);
    }

    private Task Moderate(HttpContext c)
    {
        var status = c.Request.Query["moderationStatus"].ToString();
        var ban = c.Request.Query["banAuthor"] == "true";
        if (ban && status != "rejected")
        {
            return GoogleError(c, 400, "banWithoutReject", "youtube.comment", "banAuthor can only be used with rejected.");
        }

        foreach (var id in c.Request.Query["id"].ToString().Split(','))
        {
            moderation[id] = (status, ban);
        }

        c.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static Task GoogleError(HttpContext c, int code, string reason, string domain, string message) =>
        Json(c, code, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["domain"] = domain, ["reason"] = reason }),
            },
        });

    private static Task Json(HttpContext c, int status, JsonNode body)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = "application/json; charset=UTF-8";
        return c.Response.WriteAsync(body.ToJsonString());
    }
}
