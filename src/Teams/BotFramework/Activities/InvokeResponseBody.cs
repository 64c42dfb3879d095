using System.Text.Json;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>
/// The body of an <c>adaptiveCard/action</c> answer; the client reads <see cref="StatusCode"/>
/// from the body, and the exact <see cref="Type"/> strings matter (bot-protocol.md §6.6, §9 item 12).
/// </summary>
public sealed record InvokeResponseBody(int StatusCode, string Type, JsonElement? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replace the card for the user who clicked.</summary>
    public static InvokeResponseBody Card(JsonElement card) => new(200, CardType, card);

    /// <summary>A short transient message; the friendly way to refuse a business action.</summary>
    public static InvokeResponseBody Message(string text) =>
        new(200, MessageType, JsonSerializer.SerializeToElement(text, BotJson.Default.String));

    public static InvokeResponseBody Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["code"] = code, ["message"] = message }, BotJson.Default.DictionaryStringString));
}
