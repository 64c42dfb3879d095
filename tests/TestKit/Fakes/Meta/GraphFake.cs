using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SomeTeams.TestKit.Fakes.Loopback;

namespace SomeTeams.TestKit.Fakes.Meta;

/// <summary>
/// A fake Graph API for Facebook Pages and Instagram (social-apis.md §3, §4, route table §9.3):
/// any /vNN.N/ prefix, edges listed newest first with <c>since</c> and cursor paging whose
/// <c>paging.next</c> is an absolute URL carrying the token, Graph error envelopes, usage
/// headers and throttling. Tests fill <see cref="Edges"/> and read <see cref="Received"/>.
/// </summary>
public sealed class GraphFake : IAsyncDisposable
{
    private LoopbackServer server = null!;
    private int created;

    /// <summary>Items of an edge, keyed "{objectId}/{edge}" (e.g. "104857390012345/feed").</summary>
    public Dictionary<string, List<JsonObject>> Edges { get; } = [];

    /// <summary>Answers to node reads with a mentioned_comment / mentioned_media field, keyed by the mentioned id.</summary>
    public Dictionary<string, JsonObject> MentionLookups { get; } = [];

    public string Token { get; set; } = "EAAtestpagetoken";

    public bool TokenExpired { get; set; }

    public int PageSize { get; set; } = 100;

    /// <summary>When set, every call answers this throttling code (4, 17, 32, 80001, 80002…).</summary>
    public int? ThrottleCode { get; set; }

    public int RegainMinutes { get; set; }

    /// <summary>Drops the connection of the next write after reading it: the client cannot know whether it happened.</summary>
    public bool AbortNextWrite { get; set; }

    /// <summary>When set, paging.next links point at this host instead of the fake (a hostile or broken answer).</summary>
    public Uri? PagingHost { get; set; }

    /// <summary>The Graph error body the next write answers with, once.</summary>
    public JsonObject? NextWriteError { get; set; }

    public Uri BaseAddress => server.BaseAddress;

    public IReadOnlyList<RecordedRequest> Received => server.Received;

    public List<JsonObject> Edge(string key) => Edges.TryGetValue(key, out var items) ? items : Edges[key] = [];

    public static async Task<GraphFake> StartAsync(CancellationToken cancellationToken)
    {
        var fake = new GraphFake();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        if (segments.Length < 2 || !segments[0].StartsWith('v'))
        {
            return Error(context, 400, 2500, null, "Unknown path components");
        }

        var token = request.Header("Authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : request.QueryValue("access_token");
        if (token != Token)
        {
            return Error(context, 400, 190, null, "Invalid OAuth access token - Cannot parse access token");
        }

        if (TokenExpired)
        {
            return Error(context, 400, 190, 463, "Error validating access token: Session has expired on Thursday, 20-Aug-26 09:00:00 PDT.");
        }

        if (ThrottleCode is { } code)
        {
            return Error(context, 400, code, null, $"({code}) There have been too many calls to this account. Wait a bit and try again.");
        }

        if (request.Method != "GET" && AbortNextWrite)
        {
            AbortNextWrite = false;
            context.Abort();
            return Task.CompletedTask;
        }

        if (request.Method != "GET" && NextWriteError is { } writeError)
        {
            NextWriteError = null;
            return Json(context, 400, new JsonObject { ["error"] = writeError });
        }

        return (request.Method, segments[1..]) switch
        {
            ("GET", [var id]) when MentionLookup(request) is { } key => Json(context, 200, MentionLookups.TryGetValue(key, out var answer)
                ? (JsonObject)answer.DeepClone() : new JsonObject { ["id"] = id }),
            ("GET", [var id, var edge]) => List(context, request, $"{id}/{edge}"),
            ("POST", [_, "comments" or "replies" or "mentions"]) => Json(context, 200, new JsonObject { ["id"] = NewId() }),
            ("POST", [_, "messages"]) => Json(context, 200, new JsonObject { ["recipient_id"] = "7300000000000001", ["message_id"] = "m_" + NewId() }),
            ("POST", [_, "blocked"]) => Json(context, 200, new JsonObject { [Form(request, "user") ?? Form(request, "psid") ?? "?"] = true }),
            ("POST" or "DELETE", [_] or [_, "likes"]) => Json(context, 200, new JsonObject { ["success"] = true }),
            _ => Error(context, 400, 100, 33, "Unsupported request."),
        };
    }

    private Task List(HttpContext context, RecordedRequest request, string key)
    {
        var since = long.TryParse(request.QueryValue("since"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (long?)null;
        var items = Edge(key).Where(i => since is null || Time(i) is not { } t || t >= since).OrderByDescending(i => Time(i) ?? 0).ToList();
        var offset = request.QueryValue("after") is { } after ? int.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(PageSize, int.TryParse(request.QueryValue("limit"), CultureInfo.InvariantCulture, out var l) ? l : 25);
        var page = items.Skip(offset).Take(size).ToList();
        var paging = new JsonObject();
        if (offset + size < items.Count)
        {
            var cursor = Convert.ToBase64String(Encoding.ASCII.GetBytes((offset + size).ToString(CultureInfo.InvariantCulture)));
            var query = request.Query.Where(q => q.Key is not "after" and not "access_token")
                .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}").Append($"access_token={Token}").Append($"after={Uri.EscapeDataString(cursor)}");
            paging["cursors"] = new JsonObject { ["after"] = cursor };
            paging["next"] = new Uri(PagingHost ?? BaseAddress, request.Path + "?" + string.Join('&', query)).ToString();
        }

        return Json(context, 200, new JsonObject { ["data"] = new JsonArray([.. page.Select(i => i.DeepClone())]), ["paging"] = paging });
    }

    private static long? Time(JsonObject item) =>
        DateTimeOffset.TryParse((item["created_time"] ?? item["timestamp"] ?? item["updated_time"])?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToUnixTimeSeconds() : null;

    private static string? MentionLookup(RecordedRequest request)
    {
        var fields = request.QueryValue("fields") ?? "";
        foreach (var marker in new[] { "mentioned_comment.comment_id(", "mentioned_media.media_id(" })
        {
            var at = fields.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = at + marker.Length;
                return fields[start..fields.IndexOf(')', start)];
            }
        }

        return null;
    }

    private static string? Form(RecordedRequest request, string key) =>
        request.Body.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == key && p.Length == 2) is { } pair ? Uri.UnescapeDataString(pair[1]) : null;

    private string NewId() => "122100000000000001_1045000000000" + (99 + Interlocked.Increment(ref created)).ToString(CultureInfo.InvariantCulture);

    private Task Json(HttpContext context, int status, JsonNode body)
    {
        var usage = new JsonObject { ["type"] = "pages", ["call_count"] = ThrottleCode is null ? 12 : 100, ["total_cputime"] = 5, ["total_time"] = 5, ["estimated_time_to_regain_access"] = RegainMinutes };
        context.Response.Headers["X-Business-Use-Case-Usage"] = new JsonObject { ["104857390012345"] = new JsonArray(usage) }.ToJsonString();
        context.Response.Headers["X-App-Usage"] = """{"call_count":3,"total_time":2,"total_cputime":2}""";
        return context.WriteJsonAsync(status, body, "application/json; charset=UTF-8");
    }

    private Task Error(HttpContext context, int status, int code, int? subcode, string message)
    {
        var error = new JsonObject { ["message"] = $"(#{code}) {message}", ["type"] = "OAuthException", ["code"] = code, ["fbtrace_id"] = "AmFGcW_3hwDB7qFbl_QdebZ" };
        if (subcode is { } sub)
        {
            error["error_subcode"] = sub;
        }

        context.Response.Headers.WWWAuthenticate = $"OAuth \"Facebook Platform\" \"invalid_request\" \"(#{code}) {message}\"";
        return Json(context, status, new JsonObject { ["error"] = error });
    }
}
