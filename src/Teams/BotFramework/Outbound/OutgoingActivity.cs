using System.Text.Json;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// What we post: a minimal activity, since the conversation is in the URL (bot-protocol.md §5.0).
/// Text and a card in one activity are split by Teams and lose the id, so send one or the other (§5.11).
/// </summary>
public sealed record OutgoingActivity
{
    public string Type { get; init; } = ActivityTypes.Message;

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Summary { get; init; }

    public string? ReplyToId { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public static OutgoingActivity ForCard(JsonElement card) => new()
    {
        Attachments = [new Attachment { ContentType = InvokeResponseBody.CardType, Content = card }],
    };
}
