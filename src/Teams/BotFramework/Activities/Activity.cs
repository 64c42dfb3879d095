using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>
/// An inbound Bot Framework activity: the fields we act on, everything else kept in
/// <see cref="Extra"/> so nothing Teams adds is lost (bot-protocol.md §6.1).
/// </summary>
public sealed record Activity
{
    public required string Type { get; init; }

    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public required ConversationAccount Conversation { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The tenant, wherever Teams put it (channelData first, then the conversation).</summary>
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation.TenantId;
}
