using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SomeTeams.TestKit.Fakes.Http;

namespace SomeTeams.TestKit.Fakes.Mastodon;

/// <summary>
/// A Mastodon instance speaking the REST wire format of social-apis.md §5: mention
/// notifications with <c>min_id</c>/<c>limit</c> windows (newest first inside the window,
/// plus a <c>Link</c> header), statuses, context, favourite, block, the <c>X-RateLimit-*</c>
/// headers with an ISO reset, the exact 401/404/422/429 bodies, and <c>Idempotency-Key</c>.
/// </summary>
public sealed class FakeMastodon : IAsyncDisposable
{
    public const string Token = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";
    public const string BrandAccountId = "110000000000000001";

    private readonly SortedDictionary<long, string> notifications = [];
    private readonly ConcurrentDictionary<string, JsonObject> statuses = new();
    private readonly ConcurrentDictionary<string, JsonObject> posted = new();
    private readonly Lock gate = new();
    private FakeHttpServer? server;
    private long nextStatusId = 120000000000000000;

    public Uri BaseAddress => server!.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => server!.Requests;

    /// <summary>Calls left before 429; counts down on every authorised call.</summary>
    public int RateLimitRemaining { get; set; } = 300;

    public DateTimeOffset RateLimitReset { get; set; } = new(2026, 8, 20, 7, 55, 0, TimeSpan.Zero);

    public bool TokenRevoked { get; set; }

    /// <summary>When set, the next new status is posted but the connection drops before the answer.</summary>
    public bool DropAnswerToNextPost { get; set; }

    public static async Task<FakeMastodon> StartAsync()
    {
        var fake = new FakeMastodon();
        fake.server = await FakeHttpServer.StartAsync(fake.Map);
        return fake;
    }

    /// <summary>Adds a mention notification (and its status) in the fixture shape of §5.2.</summary>
    public void AddMention(long notificationId, MastodonStatusFixture status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var node = status.ToJson(BaseAddress.Host);
        statuses[status.Id] = node;
        AddRaw(notificationId, new JsonObject
        {
            ["id"] = notificationId.ToString(CultureInfo.InvariantCulture),
            ["type"] = "mention",
            ["group_key"] = $"ungrouped-{notificationId}",
            ["created_at"] = status.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["account"] = node["account"]!.DeepClone(),
            ["status"] = node,
        }.ToJsonString());
    }

    /// <summary>Adds a notification exactly as given (for malformed or partial payloads).</summary>
    public void AddRaw(long notificationId, string json)
    {
        lock (gate)
        {
            notifications[notificationId] = json;
        }
    }

    public void AddStatus(MastodonStatusFixture status) => statuses[(status ?? throw new ArgumentNullException(nameof(status))).Id] = status.ToJson(BaseAddress.Host);

    /// <summary>The author deleted the status: reading it answers 404 from now on.</summary>
    public void RemoveStatus(string id) => statuses.TryRemove(id, out _);

    public IReadOnlyCollection<JsonObject> Posted => [.. posted.Values];

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/accounts/verify_credentials", (HttpContext c) => Guard(c, () =>
            Json(c, 200, new JsonObject { ["id"] = BrandAccountId, ["username"] = "acme", ["acct"] = "acme", ["display_name"] = "Acme", ["url"] = "https://mastodon.example/@acme" })));
        app.MapGet("/api/v1/notifications", (HttpContext c) => Guard(c, () => Notifications(c)));
        app.MapGet("/api/v1/statuses/{id}", (HttpContext c, string id) => Guard(c, () =>
            statuses.TryGetValue(id, out var s) ? Json(c, 200, s) : Error(c, 404, "Record not found")));
        app.MapGet("/api/v1/statuses/{id}/context", (HttpContext c, string id) => Guard(c, () => Context(c, id)));
        app.MapPost("/api/v1/statuses", (HttpContext c) => Guard(c, () => PostStatusAsync(c)));
        app.MapPost("/api/v1/statuses/{id}/favourite", (HttpContext c, string id) => Guard(c, () =>
            statuses.TryGetValue(id, out var s) ? Json(c, 200, s) : Error(c, 404, "Record not found")));
        app.MapPost("/api/v1/accounts/{id}/block", (HttpContext c, string id) => Guard(c, () =>
            Json(c, 200, new JsonObject { ["id"] = id, ["following"] = false, ["blocking"] = true, ["blocked_by"] = false, ["muting"] = false })));
    }

    private Task Guard(HttpContext c, Func<Task> handler)
    {
        if (TokenRevoked || c.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            return Error(c, 401, "The access token is invalid");
        }

        int remaining;
        lock (gate)
        {
            remaining = RateLimitRemaining = Math.Max(0, RateLimitRemaining - 1);
        }

        c.Response.Headers["X-RateLimit-Limit"] = "300";
        c.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["X-RateLimit-Reset"] = RateLimitReset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        return remaining == 0 ? Error(c, 429, "Too many requests") : handler();
    }

    private Task Notifications(HttpContext c)
    {
        var limit = int.TryParse(c.Request.Query["limit"], out var l) ? Math.Clamp(l, 1, 80) : 40;
        long? minId = long.TryParse(c.Request.Query["min_id"], out var m) ? m : null;
        List<KeyValuePair<long, string>> window;
        lock (gate)
        {
            // min_id: the items right after the cursor (oldest window); otherwise the newest window.
            window = minId is { } min
                ? [.. notifications.Where(n => n.Key > min).Take(limit)]
                : [.. notifications.Reverse().Take(limit).Reverse()];
        }

        if (window.Count > 0)
        {
            var path = new Uri(BaseAddress, "api/v1/notifications");
            c.Response.Headers.Link = $"<{path}?max_id={window[0].Key}>; rel=\"next\", <{path}?min_id={window[^1].Key}>; rel=\"prev\"";
        }

        c.Response.ContentType = "application/json; charset=utf-8";
        return c.Response.WriteAsync("[" + string.Join(",", window.AsEnumerable().Reverse().Select(n => n.Value)) + "]");
    }

    private Task Context(HttpContext c, string id)
    {
        if (!statuses.TryGetValue(id, out var status))
        {
            return Error(c, 404, "Record not found");
        }

        var ancestors = new JsonArray();
        for (var parent = status["in_reply_to_id"]?.GetValue<string>(); parent is not null && statuses.TryGetValue(parent, out var p); parent = p["in_reply_to_id"]?.GetValue<string>())
        {
            ancestors.Insert(0, p.DeepClone());
        }

        return Json(c, 200, new JsonObject { ["ancestors"] = ancestors, ["descendants"] = new JsonArray() });
    }

    private async Task PostStatusAsync(HttpContext c)
    {
        var body = await JsonNode.ParseAsync(c.Request.Body) as JsonObject;
        var key = c.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && posted.TryGetValue(key, out var earlier))
        {
            await Json(c, 200, earlier.DeepClone());
            return;
        }

        var text = body?["status"]?.GetValue<string>() ?? string.Empty;
        if (text.Length == 0 || text.Length > 500)
        {
            await Error(c, 422, text.Length == 0 ? "Validation failed: Text can't be blank" : "Validation failed: Text character limit of 500 exceeded");
            return;
        }

        var id = Interlocked.Increment(ref nextStatusId).ToString(CultureInfo.InvariantCulture);
        var status = new JsonObject
        {
            ["id"] = id,
            ["in_reply_to_id"] = body!["in_reply_to_id"]?.DeepClone(),
            ["visibility"] = body["visibility"]?.DeepClone() ?? "public",
            ["language"] = body["language"]?.DeepClone(),
            ["url"] = $"https://mastodon.example/@acme/{id}",
            ["uri"] = $"https://mastodon.example/users/acme/statuses/{id}",
            ["content"] = $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>",
            ["account"] = new JsonObject { ["id"] = BrandAccountId, ["username"] = "acme", ["acct"] = "acme" },
        };
        posted[key.Length > 0 ? key : id] = status;
        if (DropAnswerToNextPost)
        {
            DropAnswerToNextPost = false;
            c.Abort();
            return;
        }

        await Json(c, 200, status);
    }

    private static Task Json(HttpContext c, int status, JsonNode body)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = "application/json; charset=utf-8";
        return c.Response.WriteAsync(body.ToJsonString());
    }

    private static Task Error(HttpContext c, int status, string error) => Json(c, status, new JsonObject { ["error"] = error });
}
