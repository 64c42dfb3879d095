using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The claimer's view of a claimed case: the draft editor at the network's length, templates,
/// the tone check, and Send or Submit exactly when CaseMachine would accept them.
/// </summary>
internal static class CaseCardEditor
{
    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        if (!s.CanReplyHere)
        {
            yield return CardElements.Text(s.Format(CardText.NoReplyOnNetwork, s.NetworkName), size: "Small", subtle: true, spacing: "Medium");
            yield break;
        }

        var c = s.Case;
        var limit = s.Network.ReplyLengthLimit;
        if (s.Context.Suggestion is { } suggestion)
        {
            yield return CardElements.Text(s[SuggestionNote(suggestion.Origin)], size: "Small", color: suggestion.Origin == SuggestionOrigin.Nothing ? null : "Accent", spacing: "Medium");
        }

        yield return CardElements.InputText(
            CardInputs.DraftText,
            s.Format(CardText.DraftLabel, limit, s.NetworkName),
            value: s.Context.EditorText ?? c.Draft?.Text,
            multiline: true,
            maxLength: limit,
            placeholder: s[CardText.DraftPlaceholder]);

        if (s.Context.Templates.Count > 0)
        {
            yield return CardElements.Choices(CardInputs.TemplateId, s[CardText.TemplateLabel], s.Context.Templates.Select(t => (t.Title, t.Id)), value: s.Context.Templates[0].Id);
        }

        foreach (var node in CaseCardTone.Build(s))
        {
            yield return node;
        }

        if (Hint(s) is { } hint)
        {
            yield return CardElements.Text(s[hint.Key], size: "Small", color: hint.Color);
        }

        yield return CardElements.ActionSet(Actions(s));
    }

    private static IEnumerable<JsonNode> Actions(CardScope s)
    {
        yield return s.Execute(CardVerbs.SaveDraft, s[CardText.ActionSaveDraft], withInputs: true);
        if (s.Context.Templates.Count > 0)
        {
            yield return s.Execute(CardVerbs.ApplyTemplate, s[CardText.ActionApplyTemplate], withInputs: true);
        }

        if (s.Context.CanSuggest)
        {
            yield return s.Execute(CardVerbs.Suggest, s[SuggestionCardText.ActionSuggest]);
        }

        if (MaySubmit(s.Case))
        {
            yield return s.Execute(CardVerbs.Submit, s[CardText.ActionSubmit], withInputs: true);
        }
        else if (MaySend(s))
        {
            var title = s.Case.Mention.IsPrivate ? CardText.ActionSendPrivate : CardText.ActionSend;
            yield return s.Execute(CardVerbs.Send, s[title], withInputs: true);
        }
    }

    /// <summary>
    /// A draft that needs approval goes to an approver, unless it can never be sent (then the
    /// drafter fixes it first: an approver could not approve it as it is).
    /// </summary>
    private static bool MaySubmit(Case c) =>
        c.Draft is { IsApproved: false, Check.CanSend: true } && c.RequiresApproval;

    // The same checks, in the same order, as CaseMachine.SendReply.
    private static bool MaySend(CardScope s) =>
        s.Case.Draft is { Check.CanSend: true } d
        && (d.IsApproved || !s.Case.RequiresApproval)
        && s.Case.LastCustomerMessageAt <= d.SavedAt
        && !(s.Case.ReplyWindowClosesAt < s.Now);

    private static string SuggestionNote(SuggestionOrigin origin) => origin switch
    {
        SuggestionOrigin.Assistant => SuggestionCardText.FromAssistant,
        SuggestionOrigin.Templates => SuggestionCardText.FromTemplates,
        _ => SuggestionCardText.Nothing,
    };

    private static (string Key, string Color)? Hint(CardScope s)
    {
        var c = s.Case;
        return c.Draft switch
        {
            null => null,
            { Check.CanSend: false } => (CardText.CannotBeSentHint, "Attention"),
            _ when c.LastCustomerMessageAt > c.Draft.SavedAt => (CardText.CustomerWroteAgainHint, "Warning"),
            { IsApproved: true } => (CardText.ApprovedReadyHint, "Good"),
            _ when c.RequiresApproval => (CardText.NeedsApprovalHint, "Warning"),
            _ => null,
        };
    }
}
