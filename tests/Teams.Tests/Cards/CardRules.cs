using System.Text.Json.Nodes;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>
/// What the adaptivecards library does not check but Teams and our bot need: every
/// Action.Execute has a known verb and the case id and version in its data, every input an id,
/// no id twice, titles on buttons, the size budget, at most five buttons in a row.
/// </summary>
public static class CardRules
{
    public const int MaxActionsInARow = 5;

    public static List<string> Check(JsonObject card)
    {
        var problems = new List<string>();
        if ((string?)card["version"] != "1.5")
        {
            problems.Add($"version is {card["version"]}, not 1.5");
        }

        var size = CaseCard.Size(card);
        if (size > CaseCard.MaxBytes)
        {
            problems.Add($"{size} bytes, over {CaseCard.MaxBytes}");
        }

        if (card["refresh"] is not JsonObject { } refresh || (string?)refresh["action"]?["verb"] != CardVerbs.Refresh || refresh["userIds"] is not JsonArray { Count: <= 60 })
        {
            problems.Add("no refresh with verb 'refresh' and at most 60 userIds");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(card, "$", ids, problems);
        return problems;
    }

    private static void Walk(JsonNode? node, string path, HashSet<string> ids, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                if (path.EndsWith(".actions", StringComparison.Ordinal) && array.Count > MaxActionsInARow)
                {
                    problems.Add($"{path}: {array.Count} actions, Teams shows {MaxActionsInARow}");
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", ids, problems);
                }

                break;
            case JsonObject obj:
                CheckElement(obj, path, ids, problems);
                foreach (var (name, child) in obj)
                {
                    Walk(child, $"{path}.{name}", ids, problems);
                }

                break;
        }
    }

    private static void CheckElement(JsonObject obj, string path, HashSet<string> ids, List<string> problems)
    {
        var type = (string?)(obj["type"] as JsonValue);
        if (obj["id"] is JsonValue idValue && !ids.Add((string)idValue!))
        {
            problems.Add($"{path}: duplicate id {idValue}");
        }

        if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && string.IsNullOrEmpty((string?)obj["id"]))
        {
            problems.Add($"{path}: {type} without an id");
        }

        if (type == "TextBlock" && string.IsNullOrWhiteSpace((string?)obj["text"]))
        {
            problems.Add($"{path}: empty TextBlock");
        }

        if (type?.StartsWith("Action.", StringComparison.Ordinal) == true && !path.EndsWith(".refresh.action", StringComparison.Ordinal) && string.IsNullOrWhiteSpace((string?)obj["title"]))
        {
            problems.Add($"{path}: {type} without a title");
        }

        if (type == "Action.Execute")
        {
            var verb = (string?)obj["verb"];
            if (verb is null || !CardVerbs.All.Contains(verb))
            {
                problems.Add($"{path}: verb '{verb}' is not one of CardVerbs");
            }

            if (obj["data"] is not JsonObject data || data[CardInputs.CaseId] is not JsonValue || data[CardInputs.Version] is not JsonValue version || version.GetValueKind() != System.Text.Json.JsonValueKind.Number)
            {
                problems.Add($"{path}: data without caseId and a numeric version");
            }
        }
    }
}
