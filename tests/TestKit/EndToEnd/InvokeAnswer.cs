using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>The bot's answer to an invoke sent through the Playground: its HTTP status and its invoke response body.</summary>
public sealed record InvokeAnswer(int BotStatusCode, JsonObject Body)
{
    /// <summary>The card the answer carries (the clicker's refreshed view); null for an error or a message.</summary>
    public JsonObject? Card => (string?)Body["type"] == "application/vnd.microsoft.card.adaptive" ? Body["value"] as JsonObject : null;
}
