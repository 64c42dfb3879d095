using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>Count to three: submit for approval, approve (as is or edited), send back with a note.</summary>
internal sealed class ApprovalHandlers(DraftHandlers drafts, DraftReview review) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Submit, CardVerbs.Approve, CardVerbs.EditAndApprove, CardVerbs.Reject];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Submit => r => new ActionStep.Apply(drafts.SavedFirst(r, new SubmitForApproval(r.Actor))),
        CardVerbs.Approve => r => ActionStep.Of(new Approve(r.Actor)),
        CardVerbs.EditAndApprove => EditAndApprove,
        CardVerbs.Reject => r => ActionStep.Of(new Reject(r.Actor, r.Data.Text(CardInputs.RejectComment) ?? string.Empty)),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not an approval verb."),
    };

    // The edited text is tone-checked like any draft: an approver cannot approve what can never go out.
    private ActionStep EditAndApprove(ActionRequest r)
    {
        var edited = r.Data.Text(CardInputs.EditedText) ?? string.Empty;
        return ActionStep.Of(new Approve(r.Actor, edited, review.Verdict(r.Current, edited)));
    }
}
