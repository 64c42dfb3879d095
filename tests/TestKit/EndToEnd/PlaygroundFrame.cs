using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// One frame of the Playground's conversation stream: <c>createMessage</c> or <c>updateMessage</c>
/// with the message as the UI shows it. A channel post's <see cref="ConversationId"/> is the
/// channel; its thread is <see cref="PostConversationId"/> (<c>channel;messageid=…</c>).
/// </summary>
public sealed record PlaygroundFrame(string Action, string ConversationId, JsonObject Message)
{
    public string? MessageId => (string?)Message["messageId"];

    public string? FromId => (string?)Message["from"]?["id"];

    public string? Text => (string?)Message["text"];

    public string? PostConversationId => (string?)Message["postConversationId"];

    public bool IsFromBot => FromId == PlaygroundPeople.BotId;

    /// <summary>The Adaptive Card content of the first card attachment, if any.</summary>
    public JsonObject? Card => (Message["attachments"] as JsonArray)?
        .OfType<JsonObject>()
        .FirstOrDefault(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>Every text and title on the card, one a line: what a person reads on it.</summary>
    public string CardText => Card is null ? string.Empty : string.Join('\n', Texts(Card));

    /// <summary>The data of the card's Action.Execute with this verb, as a click sends it (inputs aside).</summary>
    public JsonObject? ActionData(string verb) => Actions(Card)
        .FirstOrDefault(a => (string?)a["verb"] == verb)?["data"]?.DeepClone() as JsonObject;

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
