using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// "Suggest a reply": the claimer gets a suggestion in the editor with its tone findings. Nothing
/// is stored: the suggestion becomes a draft only when the claimer saves it, and goes out only
/// through the usual submit, approve and send.
/// </summary>
internal sealed class SuggestHandlers(ReplySuggestions suggestions) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Suggest];

    public StepBuilder For(string verb) => verb == CardVerbs.Suggest
        ? r => new ActionStep.Later(ct => SuggestAsync(r, ct))
        : throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a suggestion verb.");

    private async Task<ActionStep> SuggestAsync(ActionRequest r, CancellationToken cancellationToken)
    {
        var c = r.Current;
        if (c.State != CaseState.Claimed || !r.Actor.IsSamePerson(c.ClaimedBy))
        {
            // The same answer CaseMachine gives a draft from someone who does not hold the case.
            var refusal = c.ClaimedBy is { } holder && !r.Actor.IsSamePerson(holder)
                ? new Refusal(RefusalCode.ClaimedByOther, holder.Name)
                : new Refusal(c.State == CaseState.Claimed ? RefusalCode.NotClaimer : RefusalCode.NotInThisState);
            return new ActionStep.Show(Refusal: refusal);
        }

        var (text, suggestion) = await suggestions.SuggestAsync(c, r.Actor, cancellationToken).ConfigureAwait(false);
        return new ActionStep.Show(text, suggestion);
    }
}
