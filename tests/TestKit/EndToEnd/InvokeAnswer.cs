using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>The bot's answer to an invoke sent through the Playground: its HTTP status and its invoke response body.</summary>
public sealed record InvokeAnswer(int BotStatusCode, JsonObject Body);
