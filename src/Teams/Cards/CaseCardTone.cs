using System.Text.Json.Nodes;

namespace SomeTeams.Teams.Cards;

/// <summary>The tone check's findings on the saved draft, for the drafter and the approver.</summary>
internal static class CaseCardTone
{
    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        if (s.Case.Draft is null)
        {
            yield break;
        }

        yield return CardElements.Text(s[CardText.ToneCheck], weight: "Bolder", size: "Small", spacing: "Medium");
        if (s.Context.Findings.Count == 0)
        {
            yield return CardElements.Text(s[CardText.ToneClean], size: "Small", color: "Good", spacing: "None");
            yield break;
        }

        foreach (var f in s.Context.Findings.OrderByDescending(f => f.Severity))
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
