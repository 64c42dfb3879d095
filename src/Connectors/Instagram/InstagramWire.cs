using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Instagram;

// Instagram Platform wire shapes (social-apis.md §4.2, §4.3).
internal sealed record IgMedia(string? Id, string? Permalink, int? CommentsCount);

internal sealed record IgComment(string? Id, string? Text, string? Timestamp, string? Username, GraphFrom? From, string? ParentId, IgReplies? Replies, IgMediaRef? Media);

internal sealed record IgReplies(List<IgComment>? Data, GraphPaging? Paging);

internal sealed record IgMediaRef(string? Id, string? Permalink);

internal sealed record IgMentionedMedia(string? Id, string? Caption, string? Permalink, string? Timestamp, string? Username);

internal sealed record IgMentionLookup(IgComment? MentionedComment, IgMentionedMedia? MentionedMedia, string? Id);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IgMedia))]
[JsonSerializable(typeof(IgComment))]
[JsonSerializable(typeof(IgMentionLookup))]
internal sealed partial class InstagramJson : JsonSerializerContext;
