using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>Acting on the item itself (like, hide, delete, block where the network allows) and closing without a reply.</summary>
internal sealed class ModerationHandlers : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Like, CardVerbs.Hide, CardVerbs.Delete, CardVerbs.Block, CardVerbs.Close];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Like => r => ActionStep.Of(new Moderate(r.Actor, SocialActionKind.Like)),
        CardVerbs.Hide => r => ActionStep.Of(new Moderate(r.Actor, SocialActionKind.Hide)),
        CardVerbs.Delete => r => ActionStep.Of(new Moderate(r.Actor, SocialActionKind.Delete)),
        CardVerbs.Block => r => ActionStep.Of(new Moderate(r.Actor, SocialActionKind.Block)),
        CardVerbs.Close => Close,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a moderation verb."),
    };

    private static ActionStep Close(ActionRequest r)
    {
        // Moderated and Acknowledged are set by the outbox when the network action is done, never picked.
        var name = r.Data.Text(CardInputs.CloseReason);
        return Enum.TryParse<CloseReason>(name, ignoreCase: false, out var reason) && Enum.IsDefined(reason)
            && reason is not (CloseReason.Moderated or CloseReason.Acknowledged)
            ? ActionStep.Of(new Close(r.Actor, reason))
            : new ActionStep.Invalid($"'{CardInputs.CloseReason}' must be one of NoActionNeeded, Duplicate, Spam, MovedToPrivate.");
    }
}
