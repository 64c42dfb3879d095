using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.Bluesky;

// Wire shapes of the AT Protocol lexicons the connector uses (social-apis.md §6).

internal sealed record XrpcSession(string? Did, string? Handle, string? AccessJwt, string? RefreshJwt);

internal sealed record XrpcLogin(string Identifier, string Password);

internal sealed record XrpcError(string? Error, string? Message);

internal sealed record NotificationPage(string? Cursor, List<JsonElement>? Notifications);

internal sealed record BskyNotification(string? Uri, string? Cid, BskyAuthor? Author, string? Reason, BskyPostRecord? Record, DateTimeOffset? IndexedAt);

internal sealed record BskyAuthor(string? Did, string? Handle, string? DisplayName);

internal sealed record BskyPostRecord(string? Text, List<string>? Langs, DateTimeOffset? CreatedAt, BskyReplyRef? Reply);

internal sealed record BskyReplyRef(StrongRef? Root, StrongRef? Parent);

internal sealed record StrongRef(string Uri, string Cid);

internal sealed record PostsPage(List<BskyPostView>? Posts);

internal sealed record BskyPostView(string? Uri, string? Cid, BskyPostRecord? Record);

internal sealed record RecordRef(string? Uri, string? Cid);

internal sealed record CreateRecord<TRecord>(string Repo, string Collection, TRecord Record);

internal sealed record NewPost(
    [property: JsonPropertyName("$type")] string Type,
    string Text,
    string CreatedAt,
    List<string>? Langs,
    List<Facet> Facets,
    BskyReplyRef Reply);

internal sealed record Facet(ByteSlice Index, List<MentionFeature> Features);

internal sealed record ByteSlice(int ByteStart, int ByteEnd);

internal sealed record MentionFeature([property: JsonPropertyName("$type")] string Type, string Did);

internal sealed record NewLike([property: JsonPropertyName("$type")] string Type, StrongRef Subject, string CreatedAt);

internal sealed record NewBlock([property: JsonPropertyName("$type")] string Type, string Subject, string CreatedAt);

internal sealed record StoredRecord(string? Uri, JsonElement? Value);

internal sealed record ConvoAnswer(Convo? Convo);

internal sealed record Convo(string? Id);

internal sealed record ChatMessage(string ConvoId, ChatText Message);

internal sealed record ChatText(string Text);

internal sealed record ChatMessageView(string? Id);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(XrpcSession))]
[JsonSerializable(typeof(XrpcLogin))]
[JsonSerializable(typeof(XrpcError))]
[JsonSerializable(typeof(NotificationPage))]
[JsonSerializable(typeof(BskyNotification))]
[JsonSerializable(typeof(PostsPage))]
[JsonSerializable(typeof(RecordRef))]
[JsonSerializable(typeof(CreateRecord<NewPost>))]
[JsonSerializable(typeof(CreateRecord<NewLike>))]
[JsonSerializable(typeof(CreateRecord<NewBlock>))]
[JsonSerializable(typeof(StoredRecord))]
[JsonSerializable(typeof(ConvoAnswer))]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(ChatMessageView))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class BlueskyJson : JsonSerializerContext;
