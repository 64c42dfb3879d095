using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SomeTeams.TestKit.Fakes.Http;

namespace SomeTeams.TestKit.Fakes.Graph;

/// <summary>
/// Microsoft Graph v1.0 for the calls SomeTeams makes: sendActivityNotification (204),
/// the team's shifts with the documented <c>$filter</c> and <c>@odata.nextLink</c> paging,
/// getPresencesByUserId, a user's checkMemberGroups (transitive, at most 20 ids) and a group's
/// transitive user members (paged). Errors come in Graph's <c>{"error":{…}}</c> shape; a queued failure
/// answers the next request (429 with Retry-After, 403 …). Every request is recorded.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    private readonly ConcurrentQueue<(int Status, string Code, string? RetryAfter)> failures = new();
    private readonly ConcurrentDictionary<string, List<FakeShift>> shifts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Availability, string Activity)> presences = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> groupMembers = new(StringComparer.OrdinalIgnoreCase);
    private FakeHttpServer? server;

    /// <summary>The base URL to configure as Graph:BaseUrl, ending in /v1.0.</summary>
    public Uri BaseUrl => new(server!.BaseAddress, "v1.0");

    public IReadOnlyList<RecordedRequest> Requests => server!.Requests;

    public int ShiftsPageSize { get; set; } = 100;

    public int MembersPageSize { get; set; } = 100;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var fake = new FakeGraphServer();
        fake.server = await FakeHttpServer.StartAsync(fake.Map);
        return fake;
    }

    public void AddShift(string teamId, FakeShift shift) => shifts.GetOrAdd(teamId, _ => []).Add(shift);

    public void SetPresence(string userId, string availability, string activity) => presences[userId] = (availability, activity);

    /// <summary>Puts users or other groups (by object id) into a group; membership is transitive, as Entra's.</summary>
    public void AddGroupMembers(string groupId, params string[] memberIds)
    {
        var members = groupMembers.GetOrAdd(groupId, _ => []);
        foreach (var id in memberIds)
        {
            members.Add(id);
        }
    }

    /// <summary>The next request fails with this status and Graph error code (e.g. 429 "TooManyRequests" with "7").</summary>
    public void FailNext(int status, string code, string? retryAfter = null) => failures.Enqueue((status, code, retryAfter));

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1.0/users/{userId}/teamwork/sendActivityNotification", (HttpContext c) => Guarded(c, () => Results.NoContent()));
        routes.MapGet("/v1.0/teams/{teamId}/schedule/shifts", (HttpContext c, string teamId) => Guarded(c, () => ShiftPage(c, teamId)));
        routes.MapPost("/v1.0/communications/getPresencesByUserId", async (HttpContext c) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            return Guarded(c, () => Presences(body));
        });
        // The SDK casts with the short alias "graph.user"; Graph takes it and the full name alike.
        routes.MapGet("/v1.0/groups/{groupId}/transitiveMembers/graph.user", (HttpContext c, string groupId) => Guarded(c, () => UsersPage(c, groupId)));
        routes.MapGet("/v1.0/groups/{groupId}/transitiveMembers/microsoft.graph.user", (HttpContext c, string groupId) => Guarded(c, () => UsersPage(c, groupId)));
        routes.MapPost("/v1.0/users/{userId}/checkMemberGroups", async (HttpContext c, string userId) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            return Guarded(c, () => CheckMemberGroups(c, userId, body));
        });
    }

    private IResult Guarded(HttpContext context, Func<IResult> answer)
    {
        if (!string.Equals(context.Request.Headers.Authorization, "Bearer " + Token, StringComparison.Ordinal))
        {
            return Error(context, 401, "InvalidAuthenticationToken", null);
        }
        return failures.TryDequeue(out var f) ? Error(context, f.Status, f.Code, f.RetryAfter) : answer();
    }

    private IResult ShiftPage(HttpContext context, string teamId)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var match = ShiftFilter().Match(filter);
        if (filter.Length > 0 && !match.Success)
        {
            return Error(context, 400, "BadRequest", null);
        }
        var all = shifts.TryGetValue(teamId, out var list) ? list.ToList() : [];
        if (match.Success)
        {
            var ge = DateTimeOffset.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var le = DateTimeOffset.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            all = all.Where(s => !s.Published || (s.Start >= ge && s.End <= le)).ToList();
        }
        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#teams('{teamId}')/schedule/shifts",
            ["value"] = new JsonArray([.. all.Skip(skip).Take(ShiftsPageSize).Select(x => (JsonNode)x.ToJson())]),
        };
        if (skip + ShiftsPageSize < all.Count)
        {
            page["@odata.nextLink"] = $"{BaseUrl}/teams/{teamId}/schedule/shifts?$filter={Uri.EscapeDataString(filter)}&$skiptoken={skip + ShiftsPageSize}";
        }
        return Results.Content(page.ToJsonString(), "application/json");
    }

    private IResult Presences(JsonNode? body)
    {
        var ids = body?["ids"]?.AsArray().Select(i => i!.GetValue<string>()).ToList() ?? [];
        var value = new JsonArray([.. ids.Where(presences.ContainsKey).Select(id => (JsonNode)new JsonObject
        {
            ["id"] = id,
            ["availability"] = presences[id].Availability,
            ["activity"] = presences[id].Activity,
            ["outOfOfficeSettings"] = new JsonObject { ["message"] = null, ["isOutOfOffice"] = false },
        })]);
        return Results.Content(new JsonObject { ["value"] = value }.ToJsonString(), "application/json");
    }

    private IResult CheckMemberGroups(HttpContext context, string userId, JsonNode? body)
    {
        var ids = (body?["groupIds"] as JsonArray)?.Select(i => (string?)i).OfType<string>().ToList();
        if (ids is null || ids.Count is 0 or > 20)
        {
            return Error(context, 400, "Request_BadRequest", null);
        }

        var value = new JsonArray([.. ids.Where(g => IsMember(userId, g, [])).Select(g => (JsonNode)g)]);
        return Results.Content(new JsonObject { ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(Edm.String)", ["value"] = value }.ToJsonString(), "application/json");
    }

    private IResult UsersPage(HttpContext context, string groupId)
    {
        if (!groupMembers.ContainsKey(groupId))
        {
            return Error(context, 404, "Request_ResourceNotFound", null);
        }

        var users = Users(groupId, []).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#users(id)",
            ["value"] = new JsonArray([.. users.Skip(skip).Take(MembersPageSize).Select(id => (JsonNode)new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = id })]),
        };
        if (skip + MembersPageSize < users.Count)
        {
            page["@odata.nextLink"] = $"{BaseUrl}/groups/{groupId}/transitiveMembers/microsoft.graph.user?$select=id&$skiptoken={skip + MembersPageSize}";
        }

        return Results.Content(page.ToJsonString(), "application/json");
    }

    // A member that is itself a group stands for its own members.
    private IEnumerable<string> Users(string groupId, HashSet<string> seen) =>
        seen.Add(groupId) && groupMembers.TryGetValue(groupId, out var members)
            ? members.SelectMany(m => groupMembers.ContainsKey(m) ? Users(m, seen) : [m])
            : [];

    private bool IsMember(string memberId, string groupId, HashSet<string> seen) =>
        seen.Add(groupId) && groupMembers.TryGetValue(groupId, out var members)
            && members.Any(m => string.Equals(m, memberId, StringComparison.OrdinalIgnoreCase) || IsMember(memberId, m, seen));

    private static IResult Error(HttpContext context, int status, string code, string? retryAfter)
    {
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = $"Fake Graph: {code}",
                ["innerError"] = new JsonObject { ["date"] = "2026-11-23T08:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
            },
        };
        return Results.Content(error.ToJsonString(), "application/json", statusCode: status);
    }

    [GeneratedRegex(@"^sharedShift/startDateTime ge (\S+) and sharedShift/endDateTime le (\S+)$")]
    private static partial Regex ShiftFilter();
}
