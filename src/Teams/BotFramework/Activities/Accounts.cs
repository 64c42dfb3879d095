using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>A user or bot: <c>29:…</c> users, <c>28:&lt;appId&gt;</c> bots (bot-protocol.md §6.1).</summary>
public sealed record ChannelAccount
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The Entra object id: the durable key of a user, unlike the per-bot <c>29:</c> id.</summary>
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A personal chat (<c>a:…</c>), group chat or channel thread (<c>19:…;messageid=…</c>).</summary>
public sealed record ConversationAccount
{
    public required string Id { get; init; }

    public string? ConversationType { get; init; }

    public bool? IsGroup { get; init; }

    public string? TenantId { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The channel or chat id without the thread's <c>;messageid=</c> suffix (bot-protocol.md §7.1).</summary>
    [JsonIgnore]
    public string BaseId => ConversationIds.WithoutThread(Id);
}
