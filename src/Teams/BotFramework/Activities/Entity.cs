using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>An activity entity; only <c>mention</c> fields are typed, the rest (clientInfo, …) stay in <see cref="Extra"/>.</summary>
public sealed record Entity
{
    public required string Type { get; init; }

    public string? Text { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A card or file on a message: <c>application/vnd.microsoft.card.adaptive</c> carries the card in <see cref="Content"/>.</summary>
public sealed record Attachment
{
    public required string ContentType { get; init; }

    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
