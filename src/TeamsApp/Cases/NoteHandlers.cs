using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The case's history: an internal note, a reopen by hand, and the card's own refresh. A reopened
/// case is due as a new one with its triage would be: on the business clock of the service hours.
/// </summary>
internal sealed class NoteHandlers(SlaClock sla, TimeProvider time) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Note, CardVerbs.Reopen, CardVerbs.Refresh];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Note => r => ActionStep.Of(new AddNote(r.Actor, r.Data.Text(CardInputs.NoteText) ?? string.Empty)),
        CardVerbs.Reopen => r => ActionStep.Of(new Reopen(r.Actor, sla.Deadline(time.GetUtcNow(), r.Current.Triage.Priority, r.Current.Triage.Sentiment).Due)),

        // A manual "Refresh card" arrives with trigger "manual"; it still changes nothing.
        CardVerbs.Refresh => _ => new ActionStep.Show(),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a note verb."),
    };
}
