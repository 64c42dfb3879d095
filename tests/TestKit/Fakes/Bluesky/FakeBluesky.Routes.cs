using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SomeTeams.TestKit.Fakes.Bluesky;

public sealed partial class FakeBluesky
{
    private void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/xrpc/com.atproto.server.createSession", CreateSessionAsync);
        app.MapPost("/xrpc/com.atproto.server.refreshSession", (HttpContext c) =>
            !RefreshTokenRevoked && c.Request.Headers.Authorization == $"Bearer {RefreshJwt}"
                ? NewSession(c)
                : Error(c, 400, "ExpiredToken", "Token has expired"));
        app.MapGet("/xrpc/app.bsky.notification.listNotifications", (HttpContext c) => Guard(c, () => ListNotifications(c)));
        app.MapGet("/xrpc/app.bsky.feed.getPosts", (HttpContext c) => Guard(c, () =>
            Json(c, 200, new JsonObject { ["posts"] = new JsonArray([.. c.Request.Query["uris"].Where(u => u is not null && posts.ContainsKey(u)).Select(u => posts[u!].DeepClone())]) })));
        app.MapPost("/xrpc/com.atproto.repo.createRecord", (HttpContext c) => Guard(c, () => WriteRecordAsync(c, null)));
        app.MapPost("/xrpc/com.atproto.repo.putRecord", (HttpContext c) => Guard(c, () => WriteRecordAsync(c, "put")));
        app.MapGet("/xrpc/com.atproto.repo.getRecord", (HttpContext c) => Guard(c, () =>
            records.TryGetValue($"{c.Request.Query["collection"]}/{c.Request.Query["rkey"]}", out var r)
                ? Json(c, 200, new JsonObject { ["uri"] = $"at://{BrandDid}/{c.Request.Query["collection"]}/{c.Request.Query["rkey"]}", ["value"] = r.DeepClone() })
                : Error(c, 400, "RecordNotFound", "Could not locate record")));
        app.MapGet("/xrpc/chat.bsky.convo.getConvoForMembers", (HttpContext c) => Guard(c, () => Chat(c, () =>
            Json(c, 200, new JsonObject { ["convo"] = new JsonObject { ["id"] = "convo-" + c.Request.Query["members"], ["rev"] = "1" } }))));
        app.MapPost("/xrpc/chat.bsky.convo.sendMessage", (HttpContext c) => Guard(c, () => Chat(c, () =>
            Json(c, 200, new JsonObject { ["id"] = "msg-" + Int(Interlocked.Increment(ref created)), ["rev"] = "2", ["text"] = "…", ["sentAt"] = Now() }))));
    }

    private async Task CreateSessionAsync(HttpContext c)
    {
        var body = await JsonNode.ParseAsync(c.Request.Body);
        if (RequireAuthFactor)
        {
            await Error(c, 401, "AuthFactorTokenRequired", "A sign in code has been sent to your email address");
            return;
        }

        if ((string?)body?["identifier"] != BrandHandle || (string?)body?["password"] != Password)
        {
            await Error(c, 401, "AuthenticationRequired", "Invalid identifier or password");
            return;
        }

        await NewSession(c);
    }

    private Task NewSession(HttpContext c)
    {
        Interlocked.Increment(ref accessGeneration);
        Interlocked.Increment(ref refreshGeneration);
        return Json(c, 200, new JsonObject
        {
            ["did"] = BrandDid,
            ["handle"] = BrandHandle,
            ["email"] = "care@acme.example",
            ["emailConfirmed"] = true,
            ["active"] = true,
            ["accessJwt"] = AccessJwt,
            ["refreshJwt"] = RefreshJwt,
        });
    }

    private Task Guard(HttpContext c, Func<Task> handler)
    {
        var auth = c.Request.Headers.Authorization.ToString();
        if (ExpiredAccessJwt is not null && auth == $"Bearer {ExpiredAccessJwt}")
        {
            return Error(c, 400, "ExpiredToken", "Token has expired");
        }

        if (auth != $"Bearer {AccessJwt}")
        {
            return Error(c, 401, "AuthenticationRequired", "Authentication Required");
        }

        int remaining;
        lock (gate)
        {
            remaining = RateLimitRemaining = Math.Max(0, RateLimitRemaining - 1);
        }

        c.Response.Headers["RateLimit-Limit"] = "3000";
        c.Response.Headers["RateLimit-Remaining"] = Int(remaining);
        c.Response.Headers["RateLimit-Reset"] = RateLimitReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["RateLimit-Policy"] = "3000;w=300";
        return remaining == 0 ? Error(c, 429, "RateLimitExceeded", "Rate Limit Exceeded") : handler();
    }

    private Task ListNotifications(HttpContext c)
    {
        var reasons = c.Request.Query["reasons"].Select(r => r!).ToHashSet();
        var limit = int.TryParse(c.Request.Query["limit"], out var l) ? Math.Clamp(l, 1, 100) : 50;
        var offset = c.Request.Query["cursor"].ToString() is { Length: > 2 } cursor && cursor.StartsWith("o:", StringComparison.Ordinal) ? int.Parse(cursor[2..], CultureInfo.InvariantCulture) : 0;
        List<JsonObject> matching;
        lock (gate)
        {
            matching = [.. notifications.Where(n => reasons.Count == 0 || reasons.Contains((string?)n["reason"] ?? string.Empty))];
        }

        var page = matching.Skip(offset).Take(limit).ToList();
        var body = new JsonObject
        {
            ["priority"] = false,
            ["seenAt"] = "2026-08-20T09:00:00.000Z",
            ["notifications"] = new JsonArray([.. page.Select(n => n.DeepClone())]),
        };
        if (offset + limit < matching.Count)
        {
            body["cursor"] = "o:" + Int(offset + limit);
        }

        return Json(c, 200, body);
    }

    private async Task WriteRecordAsync(HttpContext c, string? put)
    {
        var body = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
        var collection = (string)body["collection"]!;
        if ((string?)body["repo"] != BrandDid || body["record"] is not JsonObject record || (string?)record["$type"] != collection)
        {
            await Error(c, 400, "InvalidRequest", "Invalid record");
            return;
        }

        var rkey = put is null ? "3lxrec" + Int(Interlocked.Increment(ref created)).PadLeft(7, '0') : (string)body["rkey"]!;
        records[$"{collection}/{rkey}"] = record;
        var uri = $"at://{BrandDid}/{collection}/{rkey}";
        await Json(c, 200, new JsonObject { ["uri"] = uri, ["cid"] = BlueskyPostFixture.CidOf(uri), ["commit"] = new JsonObject { ["cid"] = "bafyreicommit", ["rev"] = rkey }, ["validationStatus"] = "valid" });
    }

    private static Task Chat(HttpContext c, Func<Task> handler) =>
        c.Request.Headers["atproto-proxy"] == "did:web:api.bsky.chat#bsky_chat" ? handler() : Error(c, 400, "InvalidRequest", "chat requires the atproto-proxy header");
}
