using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Writing the reply: save (tone-checked: the verdict decides approval and whether it can go at
/// all) and apply a template, which only fills the editor; nothing is saved until the claimer saves.
/// </summary>
internal sealed class DraftHandlers(DraftReview review, TemplateCatalog templates) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.SaveDraft, CardVerbs.ApplyTemplate];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.SaveDraft => r => ActionStep.Of(Save(r, r.Data.Text(CardInputs.DraftText) ?? string.Empty)),
        CardVerbs.ApplyTemplate => ApplyTemplate,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a draft verb."),
    };

    /// <summary>SaveDraft with the tone check's verdict on <paramref name="text"/>; empty text is the machine's to refuse.</summary>
    public SaveDraft Save(ActionRequest r, string text) => new(r.Actor, text, review.Verdict(r.Current, text));

    /// <summary>
    /// The commands for a verb that acts on the draft (submit, send): Teams sends the editor's text
    /// along, and when the claimer changed it after saving, it is saved first — so what is
    /// submitted or sent is what they see, and an approval of the old text no longer counts.
    /// </summary>
    public IReadOnlyList<CaseCommand> SavedFirst(ActionRequest r, CaseCommand then) =>
        r.Data.Text(CardInputs.DraftText) is { } edited && r.Current.State == CaseState.Claimed
            && r.Actor.IsSamePerson(r.Current.ClaimedBy) && !string.Equals(edited, r.Current.Draft?.Text, StringComparison.Ordinal)
            ? [Save(r, edited), then]
            : [then];

    private ActionStep ApplyTemplate(ActionRequest r)
    {
        if (r.Data.Text(CardInputs.TemplateId) is not { } id)
        {
            return new ActionStep.Invalid($"'{CardVerbs.ApplyTemplate}' needs '{CardInputs.TemplateId}'.");
        }

        return templates.Fill(r.Current, id, r.Actor) is { } text
            ? new ActionStep.Show(text)
            : new ActionStep.Invalid($"Template '{id}' does not exist or does not fit this case.");
    }
}
