using System.Text.Json.Nodes;

namespace SomeTeams.TeamsApp.Tests.Messages;

/// <summary>Activities as Teams sends them (bot-protocol.md §6), each with a fresh id.</summary>
internal static class TestActivities
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Bot = "28:" + BotAppFactory.AppId;
    public const string Team = "19:team-general@thread.tacv2";

    public static JsonObject Personal(string text) => Base("message", "personal", "a:1personal-" + Guid.NewGuid().ToString("N"), text);

    public static JsonObject Channel(string text, bool mentionBot, string channel = Team)
    {
        var activity = Base("message", "channel", $"{channel};messageid=1776390257332", text);
        activity["channelData"] = ChannelData(channel);
        if (mentionBot)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>Care Bot</at>",
                ["mentioned"] = new JsonObject { ["id"] = Bot, ["name"] = "Care Bot" },
            });
        }

        return activity;
    }

    public static JsonObject Invoke(string verb, string? type = "Action.Execute")
    {
        var activity = Base("invoke", "channel", Team + ";messageid=1776390257332", null);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1776390257400";
        activity["channelData"] = ChannelData(Team);
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = type, ["verb"] = verb, ["data"] = new JsonObject { ["caseId"] = "C-17" } },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject Installation(string action, string team, string selectedChannel)
    {
        var activity = Base("installationUpdate", "channel", selectedChannel, null);
        activity["action"] = action;
        activity["channelData"] = new JsonObject
        {
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = selectedChannel } },
            ["channel"] = new JsonObject { ["id"] = selectedChannel },
            ["team"] = new JsonObject { ["id"] = team, ["name"] = "Asiakaspalvelu", ["aadGroupId"] = "da849743-4259-475f-ae7a-4f4b0fb49943" },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
        };
        return activity;
    }

    public static JsonObject ChannelCreated(string team, string channel, string name)
    {
        var activity = Base("conversationUpdate", "channel", team, null);
        activity["channelData"] = new JsonObject
        {
            ["eventType"] = "channelCreated",
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = name },
            ["team"] = new JsonObject { ["id"] = team },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
        };
        return activity;
    }

    private static JsonObject Base(string type, string conversationType, string conversationId, string? text) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-23T08:00:00.000Z",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1alice", ["name"] = "Aino Virtanen", ["aadObjectId"] = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = Tenant },
        ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "Care Bot" },
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "fi-FI",
        ["x-unknown-field"] = new JsonObject { ["kept"] = true },
    };

    private static JsonObject ChannelData(string channel) => new()
    {
        ["team"] = new JsonObject { ["id"] = Team },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["tenant"] = new JsonObject { ["id"] = Tenant },
    };
}
