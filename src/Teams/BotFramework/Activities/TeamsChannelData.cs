using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>Teams' <c>channelData</c> (bot-protocol.md §6.2). The team id is <c>19:…</c>, not the Entra group id.</summary>
public sealed record TeamsChannelData
{
    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    public TenantInfo? Tenant { get; init; }

    public string? EventType { get; init; }

    public TeamsChannelSettings? Settings { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record TeamInfo(string Id, string? Name = null, string? AadGroupId = null);

public sealed record ChannelInfo(string Id, string? Name = null, string? Type = null);

public sealed record TenantInfo(string Id);

/// <summary>On a team install, the channel the installer picked (bot-protocol.md §6.4).</summary>
public sealed record TeamsChannelSettings(ChannelInfo? SelectedChannel = null);
