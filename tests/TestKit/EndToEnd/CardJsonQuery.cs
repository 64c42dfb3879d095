using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>Reads an Adaptive Card as a client would: its Action.Execute buttons, its texts, the case version it shows.</summary>
public static class CardJsonQuery
{
    /// <summary>The data of the card's Action.Execute with this verb, as a click sends it (inputs aside); null when the card has no such button.</summary>
    public static JsonObject? ActionData(JsonNode? card, string verb) => Actions(card)
        .FirstOrDefault(a => (string?)a["verb"] == verb)?["data"]?.DeepClone() as JsonObject;

    /// <summary>Every Action.Execute verb on the card, refresh included.</summary>
    public static IReadOnlyList<string> Verbs(JsonNode? card) => [.. Actions(card).Select(a => (string?)a["verb"] ?? string.Empty)];

    /// <summary>Every Action.OpenUrl address on the card.</summary>
    public static IReadOnlyList<string> Links(JsonNode? card) => [.. Nodes(card)
        .Where(o => (string?)o["type"] == "Action.OpenUrl")
        .Select(o => (string?)o["url"] ?? string.Empty)];

    /// <summary>The address of the card's Action.OpenUrl with this title; null when there is none.</summary>
    public static string? LinkTitled(JsonNode? card, string title) => Nodes(card)
        .FirstOrDefault(o => (string?)o["type"] == "Action.OpenUrl" && (string?)o["title"] == title)?["url"]?.GetValue<string>();

    /// <summary>Every text and title on the card, one a line: what a person reads on it.</summary>
    public static string Text(JsonNode? card) => string.Join('\n', Texts(card));

    /// <summary>The case version the card was drawn from (its refresh action's data), or 0 when it has none.</summary>
    public static long Version(JsonNode? card) => card?["refresh"]?["action"]?["data"]?["version"] is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => Nodes(node).Where(o => (string?)o["type"] == "Action.Execute");

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Nodes(p.Value))],
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
