using System.Text.Json.Nodes;
using SomeTeams.TestKit;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>A person's message to the bot in their personal chat, and the bot's answer there, as Teams carries them.</summary>
internal static class PersonalChats
{
    public static JsonObject Message(string serviceUrl, TeamMember who, string text, string locale) => new()
    {
        ["type"] = "message",
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = who.TeamsId, ["name"] = who.Name, ["aadObjectId"] = who.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Care Bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:1chat-" + who.AadObjectId, ["conversationType"] = "personal", ["tenantId"] = WorkflowInvokes.Tenant },
        ["text"] = text,
        ["locale"] = locale,
    };

    /// <summary>The bot's latest post into <paramref name="who"/>'s chat, once there is one.</summary>
    public static async Task<JsonNode> AnswerAsync(WorkflowApp app, TeamMember who, CancellationToken cancellationToken)
    {
        string? answer = null;
        await Eventually.TrueAsync(
            () => (answer = app.Connector.Requests.LastOrDefault(r => r.Method == "POST" && r.Segments.Count == 4 && r.Segments[2] == "a:1chat-" + who.AadObjectId)?.Body) is not null,
            "the bot answers in the chat", cancellationToken);
        return JsonNode.Parse(answer!)!;
    }
}
