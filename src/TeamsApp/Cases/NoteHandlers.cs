using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>The case's history: an internal note, a reopen by hand, and the card's own refresh.</summary>
internal sealed class NoteHandlers(IOptions<WorkflowOptions> options, TimeProvider time) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Note, CardVerbs.Reopen, CardVerbs.Refresh];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Note => r => ActionStep.Of(new AddNote(r.Actor, r.Data.Text(CardInputs.NoteText) ?? string.Empty)),
        CardVerbs.Reopen => r => ActionStep.Of(new Reopen(r.Actor, time.GetUtcNow() + options.Value.ReopenDueIn)),

        // A manual "Refresh card" arrives with trigger "manual"; it still changes nothing.
        CardVerbs.Refresh => _ => new ActionStep.Show(),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a note verb."),
    };
}
