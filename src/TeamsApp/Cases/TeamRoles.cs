using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.Graph;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Who a Teams user is to a case: their Entra object id (trusted, from the authenticated
/// activity, never from the card's data) with the roles configuration gives that id, directly
/// (<c>UserIds</c>) or through an Entra group (<c>GroupIds</c>, nested groups included, asked of
/// Graph and kept a few minutes). When Graph cannot answer, the group role is not given: a failure
/// never lets anyone approve.
/// </summary>
internal sealed partial class TeamRoles(IOptionsMonitor<RoleOptions> roles, GroupMembership groups, ILogger<TeamRoles> log)
{
    /// <summary>
    /// Everyone who approves: named by id, and the users of the approver groups (asked of Graph, kept
    /// a few minutes). When Graph cannot say, the named ones: they are told and get their view, the
    /// group's members see the channel card until Graph answers again.
    /// </summary>
    public async Task<IReadOnlyList<string>> ApproverIdsAsync(CancellationToken cancellationToken)
    {
        var approvers = roles.Get(RoleOptions.Approvers);
        if (approvers.GroupIds.Count == 0)
        {
            return approvers.UserIds;
        }

        var members = await groups.UsersInAsync(approvers.GroupIds, cancellationToken).ConfigureAwait(false);
        if (!members.IsOk)
        {
            LogGroupsUnknown(members.Outcome);
            return approvers.UserIds;
        }

        return [.. approvers.UserIds.Union(members.Value!, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Actor?> ActorOfAsync(ChannelAccount? from, CancellationToken cancellationToken)
    {
        if (from?.AadObjectId is not { Length: > 0 } id)
        {
            return null;
        }

        return new Actor(id, string.IsNullOrWhiteSpace(from.Name) ? id : from.Name, await RolesOfAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The actor with the roles given by id alone (no Graph): kept for callers that cannot wait
    /// (the crisis card's handlers); group members get their group roles through <see cref="ActorOfAsync"/>.
    /// </summary>
    public Actor? ActorOf(ChannelAccount? from) =>
        from?.AadObjectId is { Length: > 0 } id ? new Actor(id, string.IsNullOrWhiteSpace(from.Name) ? id : from.Name, RolesOf(id)) : null;

    /// <summary>The roles of someone who acts now: by id, and by their groups.</summary>
    public async Task<ActorRoles> RolesOfAsync(string id, CancellationToken cancellationToken)
    {
        var approvers = roles.Get(RoleOptions.Approvers);
        var managers = roles.Get(RoleOptions.Managers);
        var inGroups = await GroupsOfAsync(id, [.. approvers.GroupIds, .. managers.GroupIds], cancellationToken).ConfigureAwait(false);
        return RolesOf(id, inGroups);
    }

    /// <summary>
    /// The roles given by id alone, for a person named on a card (a case handed over to them):
    /// what they may do is decided again from their own click.
    /// </summary>
    public ActorRoles RolesOf(string id) => RolesOf(id, new HashSet<string>());

    private ActorRoles RolesOf(string id, IReadOnlySet<string> inGroups)
    {
        var approvers = roles.Get(RoleOptions.Approvers);
        var managers = roles.Get(RoleOptions.Managers);
        var result = ActorRoles.Agent;
        if (approvers.Has(id, inGroups))
        {
            result |= ActorRoles.Approver;
        }

        if (managers.Has(id, inGroups))
        {
            result |= ActorRoles.Manager;
        }

        return result;
    }

    private async Task<IReadOnlySet<string>> GroupsOfAsync(string id, IReadOnlyList<string> groupIds, CancellationToken cancellationToken)
    {
        if (groupIds.Count == 0)
        {
            return new HashSet<string>();
        }

        var answer = await groups.MemberOfAsync(id, groupIds, cancellationToken).ConfigureAwait(false);
        if (answer.IsOk)
        {
            return answer.Value!;
        }

        LogGroupsUnknown(answer.Outcome);
        return new HashSet<string>();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role groups not read ({Outcome}): only the people named by id count for now")]
    private partial void LogGroupsUnknown(GraphOutcome outcome);
}
