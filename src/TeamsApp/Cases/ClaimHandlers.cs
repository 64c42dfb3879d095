using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>Who holds a case: claim, release, hand over.</summary>
internal sealed class ClaimHandlers(TeamRoles roles, IOptions<WorkflowOptions> options) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Claim, CardVerbs.Release, CardVerbs.Reassign];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Claim => r => ActionStep.Of(new Claim(r.Actor)),
        CardVerbs.Release => r => ActionStep.Of(new Release(r.Actor)),
        CardVerbs.Reassign => Reassign,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a claim verb."),
    };

    private ActionStep Reassign(ActionRequest r)
    {
        if (r.Data.Text(CardInputs.Assignee) is not { } id)
        {
            return new ActionStep.Invalid($"'{CardVerbs.Reassign}' needs '{CardInputs.Assignee}' (an Entra object id).");
        }

        var name = options.Value.Colleagues.GetValueOrDefault(id, id);
        return ActionStep.Of(new Reassign(r.Actor, new Actor(id, name, roles.RolesOf(id))));
    }
}
