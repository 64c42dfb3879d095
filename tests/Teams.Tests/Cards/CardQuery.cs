using System.Text.Json.Nodes;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>Reads a rendered card the way a person scans it: the buttons and the words.</summary>
public static class CardQuery
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => (o["type"] as JsonValue)?.GetValue<string>() == type);

    /// <summary>The verbs a person can press (the card's own refresh is not a button).</summary>
    public static List<string> Verbs(JsonObject card) =>
        OfType(card, "Action.Execute").Select(a => (string)a["verb"]!).Where(v => v != "refresh").Distinct().ToList();

    public static List<string> TextBlocks(JsonNode card) => [.. OfType(card, "TextBlock").Select(t => (string)t["text"]!)];

    public static List<string> Words(JsonNode card) =>
        [.. TextBlocks(card), .. OfType(card, "TextRun").Select(t => (string)t["text"]!)];

    public static string AllText(JsonNode card) => string.Join("\n", Words(card));
}
