using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.YouTube;

// Wire shapes of the YouTube Data API v3 comment resources and Google OAuth (social-apis.md §7).

internal sealed record ThreadPage(string? NextPageToken, List<JsonElement>? Items);

internal sealed record CommentThread(string? Id, ThreadSnippet? Snippet, ThreadReplies? Replies);

internal sealed record ThreadSnippet(string? VideoId, YouTubeComment? TopLevelComment);

internal sealed record ThreadReplies(List<YouTubeComment>? Comments);

internal sealed record YouTubeComment(string? Id, CommentSnippet? Snippet);

internal sealed record CommentSnippet(
    string? VideoId,
    string? TextDisplay,
    string? ParentId,
    string? AuthorDisplayName,
    string? AuthorChannelUrl,
    ChannelRef? AuthorChannelId,
    DateTimeOffset? PublishedAt,
    string? ModerationStatus);

internal sealed record ChannelRef(string? Value);

internal sealed record NewReply(NewReplySnippet Snippet);

internal sealed record NewReplySnippet(string ParentId, string TextOriginal);

internal sealed record GoogleErrorBody(GoogleError? Error);

internal sealed record GoogleError(int Code, string? Message, List<GoogleErrorItem>? Errors);

internal sealed record GoogleErrorItem(string? Reason, string? Domain, string? Message);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ThreadPage))]
[JsonSerializable(typeof(CommentThread))]
[JsonSerializable(typeof(YouTubeComment))]
[JsonSerializable(typeof(NewReply))]
[JsonSerializable(typeof(GoogleErrorBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class YouTubeJson : JsonSerializerContext;

internal sealed record TokenAnswer(string? AccessToken, int? ExpiresIn, string? Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TokenAnswer))]
internal sealed partial class GoogleOAuthJson : JsonSerializerContext;
