using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SomeTeams.TestKit.Fakes.Loopback;

namespace SomeTeams.TestKit.Fakes.X;

/// <summary>
/// A fake X API v2 speaking the wire format of social-apis.md §2 (route table §9.3): newest-first
/// timelines with next_token paging, problem bodies, x-rate-limit headers, token refresh with
/// rotation and a "not summoned" switch. Tests change its state between calls.
/// </summary>
public sealed class XFake : IAsyncDisposable
{
    private LoopbackServer server = null!;
    private int created;

    public List<JsonObject> Mentions { get; } = [];

    public List<JsonObject> SearchHits { get; } = [];

    public List<JsonObject> DmEvents { get; } = [];

    public List<JsonObject> Users { get; } = [.. XFixtures.Users()];

    public ConcurrentDictionary<string, bool> ValidAccessTokens { get; } = new(StringComparer.Ordinal) { ["user-token-1"] = true };

    public string ValidRefreshToken { get; set; } = "refresh-1";

    public string ClientId { get; set; } = "client-1";

    public string ClientSecret { get; set; } = "client-secret-1";

    /// <summary>Calls left in the window; at zero every call answers 429 until a test resets it.</summary>
    public int Remaining { get; set; } = 300;

    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.FromUnixTimeSeconds(1787222700);

    /// <summary>Paths whose own window is spent (e.g. "/2/dm_events", 15 calls per 15 minutes): they answer 429.</summary>
    public HashSet<string> ExhaustedPaths { get; } = [];

    /// <summary>The most items one page holds, whatever max_results asked (to exercise paging).</summary>
    public int PageSize { get; set; } = 100;

    public bool UsageCapped { get; set; }

    public bool RejectRepliesAsNotSummoned { get; set; }

    /// <summary>Drops the connection of the next write after reading it: the client cannot know whether it was published.</summary>
    public bool AbortNextWrite { get; set; }

    public Uri BaseAddress => server.BaseAddress;

    public IReadOnlyList<RecordedRequest> Received => server.Received;

    public static async Task<XFake> StartAsync(CancellationToken cancellationToken)
    {
        var fake = new XFake();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        if (request.Path == "/2/oauth2/token")
        {
            return XFakeToken.HandleAsync(this, context, request);
        }

        if (request.Header("Authorization") is not { } auth || !auth.StartsWith("Bearer ", StringComparison.Ordinal) || !ValidAccessTokens.ContainsKey(auth[7..]))
        {
            return Problem(context, 401, """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");
        }

        if (UsageCapped)
        {
            return Problem(context, 429, """{"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap","type":"https://api.twitter.com/2/problems/usage-capped","period":"Monthly","scope":"Product","status":429}""");
        }

        if (Remaining <= 0 || ExhaustedPaths.Contains(request.Path))
        {
            if (ExhaustedPaths.Contains(request.Path))
            {
                context.Response.Headers["x-rate-limit-remaining"] = "0";
            }

            return Problem(context, 429, """{ "title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429 }""");
        }

        Remaining--;
        if (request.Method != "GET" && AbortNextWrite)
        {
            AbortNextWrite = false;
            context.Abort();
            return Task.CompletedTask;
        }

        return (request.Method, segments) switch
        {
            ("GET", ["2", "users", _, "mentions"]) => Timeline(context, request, Mentions, "pagination_token"),
            ("GET", ["2", "tweets", "search", "recent"]) => Timeline(context, request, SearchHits, "next_token"),
            ("GET", ["2", "dm_events"]) => Timeline(context, request, DmEvents, "pagination_token"),
            ("POST", ["2", "tweets"]) => CreatePost(context),
            ("PUT", ["2", "tweets", _, "hidden"]) => Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["hidden"] = JsonNode.Parse(request.Body)?["hidden"]?.GetValue<bool>() } }),
            ("POST", ["2", "dm_conversations", "with", var participant, "messages"]) => Json(context, 201, new JsonObject
            {
                ["data"] = new JsonObject { ["dm_conversation_id"] = $"{XFixtures.BrandUserId}-{participant}", ["dm_event_id"] = NextId() },
            }),
            _ => Problem(context, 404, """{"title":"Not Found Error","type":"about:blank","status":404,"detail":"Not Found"}"""),
        };
    }

    private Task Timeline(HttpContext context, RecordedRequest request, List<JsonObject> source, string tokenName)
    {
        var since = request.QueryValue("since_id");
        var size = Math.Min(PageSize, int.Parse(request.QueryValue("max_results") ?? "10", CultureInfo.InvariantCulture));
        var all = source.Where(t => since is null || Newer(Id(t), since)).OrderByDescending(t => Id(t).Length).ThenByDescending(Id, StringComparer.Ordinal).ToList();
        var offset = request.QueryValue(tokenName) is { } token ? int.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture) : 0;
        var page = all.Skip(offset).Take(size).ToList();
        if (page.Count == 0)
        {
            return Json(context, 200, new JsonObject { ["meta"] = new JsonObject { ["result_count"] = 0 } });
        }

        var meta = new JsonObject { ["result_count"] = page.Count, ["newest_id"] = Id(page[0]), ["oldest_id"] = Id(page[^1]) };
        if (offset + size < all.Count)
        {
            meta["next_token"] = Convert.ToBase64String(Encoding.ASCII.GetBytes((offset + size).ToString(CultureInfo.InvariantCulture)));
        }

        var authors = page.Select(t => (t["author_id"] ?? t["sender_id"])?.ToString()).ToHashSet();
        var users = new JsonArray([.. Users.Where(u => authors.Contains(u["id"]!.ToString())).Select(u => u.DeepClone())]);
        return Json(context, 200, new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(t => t.DeepClone())]),
            ["includes"] = new JsonObject { ["users"] = users },
            ["meta"] = meta,
        });
    }

    private Task CreatePost(HttpContext context)
    {
        if (RejectRepliesAsNotSummoned)
        {
            return Problem(context, 403, """{"detail":"Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.","type":"about:blank","title":"Forbidden","status":403}""");
        }

        context.Response.Headers["x-app-limit-24hour-limit"] = "10000";
        context.Response.Headers["x-app-limit-24hour-remaining"] = "9999";
        return Json(context, 201, new JsonObject { ["data"] = new JsonObject { ["id"] = NextId(), ["text"] = "(as sent)" } });
    }

    private string NextId() => (1960000000000000099L + Interlocked.Increment(ref created) - 1).ToString(CultureInfo.InvariantCulture);

    private Task Json(HttpContext context, int status, JsonNode body)
    {
        RateHeaders(context);
        return context.WriteJsonAsync(status, body);
    }

    internal Task Problem(HttpContext context, int status, string body)
    {
        RateHeaders(context);
        return context.WriteJsonAsync(status, JsonNode.Parse(body)!, "application/problem+json");
    }

    private void RateHeaders(HttpContext context)
    {
        context.Response.Headers["x-rate-limit-limit"] = "300";
        if (!context.Response.Headers.ContainsKey("x-rate-limit-remaining"))
        {
            context.Response.Headers["x-rate-limit-remaining"] = Math.Max(Remaining, 0).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.Headers["x-rate-limit-reset"] = ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }

    private static string Id(JsonObject item) => item["id"]?.ToString() ?? "";

    private static bool Newer(string id, string than) => id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);
}
