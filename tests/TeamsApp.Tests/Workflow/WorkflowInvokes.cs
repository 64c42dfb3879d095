using System.Text.Json.Nodes;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>Action.Execute invokes as Teams sends them for a click on a case card in a channel (bot-protocol.md §6.6).</summary>
internal static class WorkflowInvokes
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Team = "19:team-care@thread.tacv2";
    public const string Channel = "19:triage@thread.tacv2";
    public const string CardActivityId = "1776390257400";
    public const string Thread = Channel + ";messageid=" + CardActivityId;

    public static JsonObject Click(
        string serviceUrl, TeamMember who, string verb, string caseId, long? version, string locale = "en-US", string trigger = "manual", params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { ["caseId"] = caseId };
        if (version is { } v)
        {
            data["version"] = v;
        }

        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-23T08:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["replyToId"] = CardActivityId,
            ["from"] = new JsonObject { ["id"] = who.TeamsId, ["name"] = who.Name, ["aadObjectId"] = who.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Care Bot" },
            ["conversation"] = new JsonObject { ["id"] = Thread, ["conversationType"] = "channel", ["tenantId"] = Tenant },
            ["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = Team },
                ["channel"] = new JsonObject { ["id"] = Channel },
                ["tenant"] = new JsonObject { ["id"] = Tenant },
            },
            ["locale"] = locale,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = trigger,
            },
        };
    }
}
