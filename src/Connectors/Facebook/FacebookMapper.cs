using System.Text.Json;
using SomeTeams.Connectors.Meta;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Facebook;

/// <summary>Page posts and comments to mentions (social-apis.md §1.2, §3.11). Facebook has no handles: the name stands in.</summary>
internal static class FacebookMapper
{
    public static Mention? Post(SourceAccount account, FacebookPost post, MetaFound found)
    {
        if (post.Id is null || !GraphTime.TryParse(post.CreatedTime, out var created))
        {
            found.Skip(post.Id, "post lacks id or a valid created_time");
            return null;
        }

        return new Mention(Network.Facebook, account.Id, post.Id, MentionKind.Post, post.Id, null, Author(post.From),
            post.Message ?? post.Story ?? "", created, IsPrivate: false, Permalink: Link(post.PermalinkUrl));
    }

    public static Mention? Comment(SourceAccount account, string postId, JsonElement item, MetaFound found)
    {
        var comment = Read(item);
        if (comment?.Id is null || comment.Message is null || !GraphTime.TryParse(comment.CreatedTime, out var created))
        {
            found.Skip(comment?.Id ?? Id(item), "comment lacks id, message or a valid created_time");
            return null;
        }

        // With filter=stream replies come flat; a parent marks a reply (two levels at most, §3.6).
        var parent = comment.Parent?.Id;
        return new Mention(Network.Facebook, account.Id, comment.Id, parent is null ? MentionKind.Comment : MentionKind.Reply,
            postId, parent ?? postId, Author(comment.From), comment.Message, created, IsPrivate: false, Permalink: Link(comment.PermalinkUrl));
    }

    // `from` is missing for some people even with pages_read_user_content (§3.5).
    public static Author Author(GraphFrom? from) =>
        from?.Id is { } id ? new Author(id, from.Name ?? "", from.Name ?? "") : new Author("", "", "");

    private static Uri? Link(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static FacebookComment? Read(JsonElement item)
    {
        try
        {
            return item.ValueKind == JsonValueKind.Object ? item.Deserialize(FacebookJson.Default.FacebookComment) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Id(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
