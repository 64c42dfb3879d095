using System.Text.Json.Nodes;

namespace SomeTeams.Teams.Cards;

/// <summary>An approver's view of a submitted draft: approve, edit and approve, or reject with a note.</summary>
internal static class CaseCardApproval
{
    private const int DraftChars = 2000;

    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var draft = s.Case.Draft!;
        yield return CardElements.Text(s.Format(CardText.DraftForApproval, draft.Author.Name), weight: "Bolder", spacing: "Medium");
        yield return CardElements.Container([CardElements.Words(s.Quote(draft.Text, DraftChars))], style: "emphasis");
        foreach (var node in CaseCardTone.Build(s))
        {
            yield return node;
        }

        var actions = new List<JsonNode>();
        if (draft.Check.CanSend)
        {
            // CaseMachine refuses to approve what can never go out; an edit can still fix it.
            actions.Add(s.Execute(CardVerbs.Approve, s[CardText.ActionApprove]));
        }

        var limit = s.Network.ReplyLengthLimit;
        actions.Add(CardElements.ShowCard(s[CardText.ActionEditAndApprove],
        [
            CardElements.InputText(CardInputs.EditedText, s.Format(CardText.DraftLabel, limit, s.NetworkName), value: draft.Text, multiline: true, maxLength: limit),
            CardElements.ActionSet([s.Execute(CardVerbs.EditAndApprove, s[CardText.ActionEditAndApprove], withInputs: true)]),
        ]));
        actions.Add(CardElements.ShowCard(s[CardText.ActionReject],
        [
            CardElements.InputText(CardInputs.RejectComment, s[CardText.RejectCommentLabel], multiline: true, errorMessage: s[CardText.RejectCommentRequired]),
            CardElements.ActionSet([s.Execute(CardVerbs.Reject, s[CardText.ActionReject], withInputs: true)]),
        ]));
        yield return CardElements.ActionSet(actions);
    }
}
