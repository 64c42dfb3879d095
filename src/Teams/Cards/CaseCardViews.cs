using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Teams.Cards;

/// <summary>The part of the card that differs per viewer: the editor, the approval, quick answers.</summary>
internal static class CaseCardViews
{
    private const int DraftChars = 2000;

    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var c = s.Case;
        return (c.State, s.Viewer.Role) switch
        {
            (CaseState.Claimed, ViewerRole.Claimer) => CaseCardEditor.Build(s).Concat(QuickAnswer(s)),
            (CaseState.AwaitingApproval, ViewerRole.Approver) => CaseCardApproval.Build(s),
            (CaseState.AwaitingApproval, ViewerRole.Claimer) => Waiting(s),
            (CaseState.SendUnknown, _) when s.MayActAsHolder => Confirm(s),
            (CaseState.New, _) => QuickAnswer(s),
            _ => [],
        };
    }

    /// <summary>The drafter sees what they submitted and that someone else must approve it.</summary>
    private static IEnumerable<JsonNode> Waiting(CardScope s)
    {
        yield return CardElements.Words(s.Quote(s.Case.Draft!.Text, DraftChars), italic: true, spacing: "Medium");
        yield return CardElements.Text(s[CardText.WaitingForApprover], size: "Small", subtle: true);
    }

    /// <summary>Nothing is resent on its own: a person who checked the network says what happened.</summary>
    private static IEnumerable<JsonNode> Confirm(CardScope s)
    {
        yield return CardElements.Text(s.Format(CardText.SendUnknownHelp, s.NetworkName), size: "Small", spacing: "Medium");
        yield return CardElements.InputText(CardInputs.ReplyUrl, s[CardText.ReplyUrlLabel], style: "Url");
        yield return CardElements.ActionSet(
        [
            s.Execute(CardVerbs.ConfirmSent, s[CardText.ActionConfirmSent], withInputs: true),
            s.Execute(CardVerbs.ConfirmNotSent, s[CardText.ActionConfirmNotSent]),
        ]);
    }

    /// <summary>
    /// "Answer everything": praise gets a one-tap like (where the network has one) or thanks.
    /// Offered while the case is free, and to its holder; never on a sensitive case.
    /// </summary>
    public static IEnumerable<JsonNode> QuickAnswer(CardScope s)
    {
        var t = s.Case.Triage;
        if (t.Sensitive || !(t.Sentiment == Sentiment.Positive || t.Topic == Topic.Praise))
        {
            return [];
        }

        var actions = new List<JsonNode>();
        if (s.Network.Supports(SocialActionKind.Like))
        {
            actions.Add(s.Execute(CardVerbs.Like, s[CardText.ActionLike]));
        }

        if (s.CanReplyHere)
        {
            actions.Add(s.Execute(CardVerbs.Thank, s[CardText.ActionThank]));
        }

        return actions.Count == 0
            ? []
            : [CardElements.Text(s[CardText.QuickAnswer], size: "Small", spacing: "Medium"), CardElements.ActionSet(actions, spacing: "Small")];
    }
}
