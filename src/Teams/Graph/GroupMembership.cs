using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Users.Item.CheckMemberGroups;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Which of some Entra groups a user belongs to, nested groups included
/// (<c>POST /users/{id}/checkMemberGroups</c>, at most 20 group ids a call), and who is in them. An answer is kept for <see cref="GraphOptions.GroupMembershipCacheFor"/>; a failure
/// is not kept and comes back as a failure, which a role check treats as "not a member" (fail
/// closed). Logs carry the outcome and status, never the user. Needs GroupMember.Read.All.
/// </summary>
public sealed partial class GroupMembership(GraphServiceClient graph, GraphOptions options, TimeProvider time, ILogger<GroupMembership> log)
{
    internal const int GroupsPerCall = 20;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, IReadOnlySet<string> Groups)> cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The groups of <paramref name="groupIds"/> the user is a member of, directly or through other groups.</summary>
    public async Task<GraphResult<IReadOnlySet<string>>> MemberOfAsync(string userId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(groupIds);
        var wanted = groupIds.Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
        {
            return new GraphResult<IReadOnlySet<string>>(GraphOutcome.Ok, new HashSet<string>());
        }

        var key = userId + "|" + string.Join(',', wanted);
        var now = time.GetUtcNow();
        if (cache.TryGetValue(key, out var kept) && kept.Until > now)
        {
            return new GraphResult<IReadOnlySet<string>>(GraphOutcome.Ok, kept.Groups);
        }

        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in wanted.Chunk(GroupsPerCall))
        {
            var body = new CheckMemberGroupsPostRequestBody { GroupIds = [.. chunk] };
            var result = await GraphCall.RunAsync(
                ct => graph.Users[userId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(body, cancellationToken: ct),
                time,
                cancellationToken).ConfigureAwait(false);
            if (!result.IsOk)
            {
                LogFailed(chunk.Length, result.Outcome, result.StatusCode, result.ErrorCode);
                return result.As<IReadOnlySet<string>>();
            }

            found.UnionWith((result.Value?.Value ?? []).Where(id => chunk.Contains(id, StringComparer.OrdinalIgnoreCase)));
        }

        cache[key] = (now + options.GroupMembershipCacheFor, found);
        return new GraphResult<IReadOnlySet<string>>(GraphOutcome.Ok, found);
    }

    /// <summary>
    /// The users in the groups, nested groups included (<c>GET /groups/{id}/transitiveMembers/microsoft.graph.user</c>):
    /// whom to tell that a reply awaits approval, and whose card view Teams refreshes. Kept like membership answers.
    /// </summary>
    public async Task<GraphResult<IReadOnlySet<string>>> UsersInAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        var users = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groupIds.Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = "members|" + group;
            var now = time.GetUtcNow();
            if (cache.TryGetValue(key, out var kept) && kept.Until > now)
            {
                users.UnionWith(kept.Groups);
                continue;
            }

            var result = await GraphCall.RunAsync(ct => MembersAsync(group, ct), time, cancellationToken).ConfigureAwait(false);
            if (!result.IsOk)
            {
                LogMembersFailed(result.Outcome, result.StatusCode, result.ErrorCode);
                return result.As<IReadOnlySet<string>>();
            }

            cache[key] = (now + options.GroupMembershipCacheFor, result.Value!);
            users.UnionWith(result.Value!);
        }

        return new GraphResult<IReadOnlySet<string>>(GraphOutcome.Ok, users);
    }

    private async Task<IReadOnlySet<string>> MembersAsync(string group, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var members = graph.Groups[group].TransitiveMembers.GraphUser;
        var page = await members.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            found.UnionWith((page.Value ?? []).Select(u => u.Id).OfType<string>());
            page = page.OdataNextLink is { } next ? await members.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
        }

        return found;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group members not read: {Outcome} {StatusCode} {ErrorCode}")]
    private partial void LogMembersFailed(GraphOutcome outcome, int? statusCode, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group membership not checked ({Groups} groups): {Outcome} {StatusCode} {ErrorCode}; counted as not a member")]
    private partial void LogFailed(int groups, GraphOutcome outcome, int? statusCode, string? errorCode);
}
