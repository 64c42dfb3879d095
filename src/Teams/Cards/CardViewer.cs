using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards;

/// <summary>The person a card is drawn for, with their view of this case.</summary>
public sealed record CardViewer(Actor Actor, ViewerRole Role)
{
    /// <summary>
    /// Nobody in particular: the base card posted to the channel, which everyone sees until
    /// Teams fetches their own view (bot-protocol.md §6.6). It offers no supervisor actions.
    /// </summary>
    public static CardViewer Channel { get; } = new(new Actor(string.Empty, string.Empty, ActorRoles.None), ViewerRole.Other);

    /// <summary>
    /// The view follows CaseMachine's rules: the holder is the claimer; an approver who holds
    /// the case or wrote its draft never approves it (count to three), so gets no approver view.
    /// </summary>
    public static CardViewer For(Case c, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(actor);
        var role = actor switch
        {
            _ when actor.IsSamePerson(c.ClaimedBy) => ViewerRole.Claimer,
            _ when actor.Is(ActorRoles.Approver) && !actor.IsSamePerson(c.Draft?.Author) => ViewerRole.Approver,
            _ => ViewerRole.Other,
        };
        return new CardViewer(actor, role);
    }
}
