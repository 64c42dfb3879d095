using System.Text.Json;
using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.X;

// Wire shapes of X API v2 (social-apis.md §2.4–2.8). Items stay JsonElement in the page so one
// malformed item is skipped alone instead of failing the whole page.
internal sealed record XPage(List<JsonElement>? Data, XIncludes? Includes, XMeta? Meta, List<XProblem>? Errors);

internal sealed record XIncludes(List<XUser>? Users);

internal sealed record XUser(string? Id, string? Name, string? Username);

internal sealed record XMeta(int ResultCount, string? NewestId, string? OldestId, string? NextToken);

internal sealed record XTweet(
    string? Id,
    string? Text,
    string? AuthorId,
    string? ConversationId,
    string? CreatedAt,
    string? Lang,
    List<XReferencedTweet>? ReferencedTweets,
    XNoteTweet? NoteTweet);

internal sealed record XReferencedTweet(string? Type, string? Id);

internal sealed record XNoteTweet(string? Text);

internal sealed record XDmEvent(string? Id, string? EventType, string? Text, string? SenderId, string? DmConversationId, string? CreatedAt);

internal sealed record XProblem(string? Title, string? Detail, string? Type, int? Status, string? ResourceType, string? ResourceId, string? Period);

internal sealed record XPostRequest(string Text, XReplyTo Reply);

internal sealed record XReplyTo(string InReplyToTweetId);

internal sealed record XDmRequest(string Text);

internal sealed record XHiddenRequest(bool Hidden);

internal sealed record XCreated(XCreatedData? Data);

internal sealed record XCreatedData(string? Id, string? DmEventId, string? DmConversationId);

internal sealed record XTokenResponse(string? AccessToken, string? RefreshToken, int? ExpiresIn);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(XPage))]
[JsonSerializable(typeof(XTweet))]
[JsonSerializable(typeof(XDmEvent))]
[JsonSerializable(typeof(XProblem))]
[JsonSerializable(typeof(XPostRequest))]
[JsonSerializable(typeof(XDmRequest))]
[JsonSerializable(typeof(XHiddenRequest))]
[JsonSerializable(typeof(XCreated))]
[JsonSerializable(typeof(XTokenResponse))]
internal sealed partial class XJson : JsonSerializerContext;
