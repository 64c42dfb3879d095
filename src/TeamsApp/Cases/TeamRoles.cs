using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Who a Teams user is to a case: their Entra object id (trusted, from the authenticated
/// activity, never from the card's data) with the roles configuration gives that id.
/// </summary>
internal sealed class TeamRoles(IOptionsMonitor<RoleOptions> roles)
{
    public IReadOnlyList<string> ApproverIds => roles.Get(RoleOptions.Approvers).UserIds;

    public Actor? ActorOf(ChannelAccount? from)
    {
        if (from?.AadObjectId is not { Length: > 0 } id)
        {
            return null;
        }

        return new Actor(id, string.IsNullOrWhiteSpace(from.Name) ? id : from.Name, RolesOf(id));
    }

    public ActorRoles RolesOf(string id)
    {
        var result = ActorRoles.Agent;
        if (Contains(RoleOptions.Approvers, id))
        {
            result |= ActorRoles.Approver;
        }

        if (Contains(RoleOptions.Managers, id))
        {
            result |= ActorRoles.Manager;
        }

        return result;
    }

    private bool Contains(string role, string id) =>
        roles.Get(role).UserIds.Contains(id, StringComparer.OrdinalIgnoreCase);
}
