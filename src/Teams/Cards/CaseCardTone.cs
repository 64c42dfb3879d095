using System.Text.Json.Nodes;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The tone check's findings for the drafter and the approver: on the saved draft, or, while a
/// suggested reply sits in the claimer's editor, on that suggestion.
/// </summary>
internal static class CaseCardTone
{
    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        if (s.Context.Suggestion is { Origin: not SuggestionOrigin.Nothing } suggestion)
        {
            return Findings(s, SuggestionCardText.ToneCheck, SuggestionCardText.ToneClean, suggestion.Findings);
        }

        return s.Case.Draft is null ? [] : Findings(s, CardText.ToneCheck, CardText.ToneClean, s.Context.Findings);
    }

    private static IEnumerable<JsonNode> Findings(CardScope s, string heading, string clean, IReadOnlyList<ToneFinding> findings)
    {
        yield return CardElements.Text(s[heading], weight: "Bolder", size: "Small", spacing: "Medium");
        if (findings.Count == 0)
        {
            yield return CardElements.Text(s[clean], size: "Small", color: "Good", spacing: "None");
            yield break;
        }

        foreach (var f in findings.OrderByDescending(f => f.Severity))
        {
            yield return new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["spacing"] = "None",
                ["inlines"] = new JsonArray(
                    new JsonObject { ["type"] = "TextRun", ["text"] = s.Texts.Name(f.Severity) + ": ", ["weight"] = "Bolder", ["size"] = "Small", ["color"] = Color(f.Severity) },
                    new JsonObject { ["type"] = "TextRun", ["text"] = f.Message, ["size"] = "Small" }),
            };
        }
    }

    private static string Color(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Blocking => "Attention",
        FindingSeverity.Warning => "Warning",
        _ => "Default",
    };
}
