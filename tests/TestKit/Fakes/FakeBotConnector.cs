using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// The Bot Connector's conversation API on loopback (bot-protocol.md §5): send, reply, update,
/// create a channel thread, members. Records every request; answers with injected failures on
/// demand; optionally enforces Teams' limits (<see cref="TeamsLimits"/>: per conversation, thread
/// creation included, and per tenant) with 429s on its own clock.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly ConcurrentQueue<InjectedFailure> failures = new();
    private readonly TeamsLimits? limits;

    /// <summary>The tenant of each channel, learned when a thread is created in it; writes into its threads count against it.</summary>
    private readonly ConcurrentDictionary<string, string> tenants = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private LoopbackHost? host;
    private long nextId = 1_795_392_865_000;

    private FakeBotConnector(TimeProvider time, bool enforceTeamsLimits)
    {
        this.time = time;
        limits = enforceTeamsLimits ? new TeamsLimits() : null;
    }

    /// <summary>The serviceUrl to hand to the bot, with a path segment like Teams' regional ones.</summary>
    public string ServiceUrl => new Uri(host!.BaseAddress, "emea/").ToString();

    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    /// <summary>When set, a request without <c>Bearer {RequiredToken}</c> gets 401.</summary>
    public string? RequiredToken { get; set; }

    /// <summary>Answer writes with an empty body, as Teams sometimes does.</summary>
    public bool EmptyBodies { get; set; }

    public static async Task<FakeBotConnector> StartAsync(TimeProvider? time = null, bool enforceTeamsLimits = false)
    {
        var fake = new FakeBotConnector(time ?? TimeProvider.System, enforceTeamsLimits);
        fake.host = await LoopbackHost.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    public void Inject(params InjectedFailure[] next)
    {
        foreach (var failure in next)
        {
            failures.Enqueue(failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var path = raw.Split('?')[0];
        var prefix = "/emea/";
        var segments = (path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path.TrimStart('/'))
            .Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        string? auth = context.Request.Headers.Authorization;
        var scope = LimitScope(context.Request.Method, segments, body);
        var (status, answer, retryAfter, at) = Answer(context.Request.Method, segments, body, auth, scope);
        requests.Enqueue(new ConnectorRequest(context.Request.Method, raw, segments, auth, context.Request.ContentType, body, at ?? time.GetUtcNow(), status, scope));
        if (status == -1)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = status;
        context.Response.Headers["MS-CV"] = "fake-cv." + requests.Count.ToString(CultureInfo.InvariantCulture);
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (answer is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.ToJsonString()).ConfigureAwait(false);
        }
    }

    private (int Status, JsonNode? Body, TimeSpan? RetryAfter, DateTimeOffset? At) Answer(
        string method, List<string> s, string body, string? auth, (string Tenant, string Conversation)? scope)
    {
        if (failures.TryDequeue(out var failure))
        {
            return (failure.DropConnection ? -1 : failure.StatusCode, Error(failure.ErrorCode ?? "ServiceError"), failure.RetryAfter, null);
        }

        if (RequiredToken is not null && auth != "Bearer " + RequiredToken)
        {
            return (401, Error("BotNotRegistered"), null, null);
        }

        if (s is not ["v3", "conversations", ..])
        {
            return (404, Error("NotFound"), null, null);
        }

        DateTimeOffset? at = null;
        if (limits is not null && scope is var (tenant, conversation) && (at = limits.TryCount(tenant, conversation, time)) is null)
        {
            return (429, Error("Throttled"), TimeSpan.FromSeconds(1), null);
        }

        var (status, answer, retryAfter) = Route(method, s, body);
        return (status, answer, retryAfter, at);
    }

    /// <summary>
    /// Which limits a write counts against: its conversation without <c>;messageid</c> (for a new
    /// channel thread, the channel in the body; for a new 1:1 chat, the user) and the tenant.
    /// </summary>
    private (string Tenant, string Conversation)? LimitScope(string method, List<string> s, string body)
    {
        if (method == "GET" || s is not ["v3", "conversations", ..])
        {
            return null;
        }

        if (s.Count > 2)
        {
            var conversation = s[2].Split(';')[0];
            return (tenants.TryGetValue(conversation, out var known) ? known : "(unknown tenant)", conversation);
        }

        try
        {
            var json = JsonNode.Parse(body);
            var tenant = json?["tenantId"]?.GetValue<string>() ?? "(unknown tenant)";
            var target = json?["channelData"]?["channel"]?["id"]?.GetValue<string>()?.Split(';')[0] ?? json?["members"]?[0]?["id"]?.GetValue<string>();
            if (target is null)
            {
                return null;
            }

            tenants.TryAdd(target, tenant);
            return (tenant, target);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private (int, JsonNode?, TimeSpan?) Route(string method, List<string> s, string body) => (method, s) switch
    {
        ("POST", [_, _]) => CreateThread(body),
        ("POST", [_, _, _, "activities"]) or ("POST", [_, _, _, "activities", _]) => (201, Written(NewId()), null),
        ("PUT", [_, _, _, "activities", var id]) => (200, Written(id), null),
        ("GET", [_, _, _, "members", var user]) => (200, Member(user), null),
        ("GET", [_, _, _, "pagedmembers"]) => (200, new JsonObject { ["members"] = new JsonArray(Member("29:alice"), Member("29:bob")) }, null),
        _ => (404, Error("NotFound"), null),
    };

    private (int, JsonNode?, TimeSpan?) CreateThread(string body)
    {
        var json = JsonNode.Parse(body);
        if (json?["isGroup"]?.GetValue<bool>() == false)
        {
            return CreatePersonal(json);
        }

        var channel = json?["channelData"]?["channel"]?["id"]?.GetValue<string>();
        if (channel is null || json?["activity"] is null || json["tenantId"] is null)
        {
            return (400, Error("BadSyntax"), null);
        }

        var id = NewId();
        return (201, new JsonObject { ["id"] = $"{channel};messageid={id}", ["activityId"] = id }, null);
    }

    // Idempotent like Teams: the same user always gets the same 1:1 chat; only Teams ids (29:…) work (bot-protocol.md §5.5 b).
    private static (int, JsonNode?, TimeSpan?) CreatePersonal(JsonNode json)
    {
        var user = json["members"]?[0]?["id"]?.GetValue<string>();
        if (user is null || !user.StartsWith("29:", StringComparison.Ordinal) || json["tenantId"] is null)
        {
            return (400, Error("BadSyntax"), null);
        }

        return (201, new JsonObject { ["id"] = "a:1" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(user)))[..24] }, null);
    }

    /// <summary>The Teams id the fake gives the user with this Entra object id.</summary>
    public static string TeamsIdOf(string entraObjectId) =>
        "29:1" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(entraObjectId)))[..20];

    private JsonObject? Written(string id) => EmptyBodies ? null : new JsonObject { ["id"] = id };

    private string NewId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);

    /// <summary>Looked up by Teams id, or by Entra object id, which Teams answers with the member's Teams id (§5.6).</summary>
    private static JsonObject Member(string id) => new()
    {
        ["id"] = id.StartsWith("29:", StringComparison.Ordinal) ? id : TeamsIdOf(id),
        ["objectId"] = id.StartsWith("29:", StringComparison.Ordinal) ? "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c" : id,
        ["userPrincipalName"] = "labrown@fabrikam.example",
        ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        ["userRole"] = "user",
    };

    private static JsonObject Error(string code) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } };
}
