using System.Text.Json.Nodes;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// Adaptive Card 1.5 elements as JSON nodes. Text a customer or colleague wrote goes into
/// TextRuns, which Teams never reads as markdown, so a "[link](…)" in a mention stays text.
/// </summary>
internal static class CardElements
{
    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null) =>
        new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }
            .With("size", size).With("weight", weight).With("color", color).With("isSubtle", subtle ? true : null).With("spacing", spacing);

    /// <summary>Someone's own words, shown as typed (no markdown), optionally after a bold lead-in.</summary>
    public static JsonObject Words(string text, string? leadIn = null, bool italic = false, string? spacing = null)
    {
        var runs = new JsonArray();
        if (leadIn is not null)
        {
            runs.Add(new JsonObject { ["type"] = "TextRun", ["text"] = leadIn + " ", ["weight"] = "Bolder" });
        }

        runs.Add(new JsonObject { ["type"] = "TextRun", ["text"] = text }.With("italic", italic ? true : null));
        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = runs }.With("spacing", spacing);
    }

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, string? spacing = null) =>
        new JsonObject { ["type"] = "Container", ["items"] = Array(items) }.With("style", style).With("spacing", spacing);

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions, string? spacing = null) =>
        new JsonObject { ["type"] = "ActionSet", ["actions"] = Array(actions) }.With("spacing", spacing);

    /// <summary>
    /// A line of small labels, coloured by meaning. Inline text wraps cleanly on a phone where a
    /// row of columns would break words apart. A null colour is the default text colour.
    /// </summary>
    public static JsonObject Badges(IEnumerable<(string Text, string? Color)> badges)
    {
        var runs = new JsonArray();
        foreach (var (text, color) in badges)
        {
            if (runs.Count > 0)
            {
                runs.Add(new JsonObject { ["type"] = "TextRun", ["text"] = " · ", ["size"] = "Small", ["isSubtle"] = true });
            }

            runs.Add(new JsonObject { ["type"] = "TextRun", ["text"] = text, ["size"] = "Small" }
                .With("color", color).With("weight", color is null ? null : "Bolder"));
        }

        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = runs };
    }

    public static JsonObject InputText(string id, string label, string? value = null, bool multiline = false, int? maxLength = null, string? placeholder = null, string? errorMessage = null, string? style = null) =>
        new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label }
            .With("value", value).With("isMultiline", multiline ? true : null).With("maxLength", maxLength)
            .With("placeholder", placeholder).With("style", style)
            .With("isRequired", errorMessage is null ? null : true).With("errorMessage", errorMessage);

    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null) =>
        new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = Array(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })),
        }.With("value", value);

    public static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    public static JsonObject ShowCard(string title, IEnumerable<JsonNode> body) =>
        new()
        {
            ["type"] = "Action.ShowCard",
            ["title"] = title,
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Array(body) },
        };

    public static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    /// <summary>Sets a property only when it has a value, so the card carries no nulls.</summary>
    public static JsonObject With(this JsonObject node, string name, JsonNode? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }

        return node;
    }
}
