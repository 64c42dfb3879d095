using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Facebook;

// Page feed posts and comments as read (social-apis.md §3.4, §3.5).
internal sealed record FacebookPost(string? Id, string? Message, string? Story, string? CreatedTime, string? UpdatedTime, GraphFrom? From, string? PermalinkUrl);

internal sealed record FacebookComment(string? Id, string? Message, string? CreatedTime, GraphFrom? From, GraphRef? Parent, string? PermalinkUrl);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FacebookPost))]
[JsonSerializable(typeof(FacebookComment))]
internal sealed partial class FacebookJson : JsonSerializerContext;
