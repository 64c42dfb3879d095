using SomeTeams.Connectors.Meta;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Instagram;

/// <summary>Instagram comments and mentions to mentions (social-apis.md §4.7). Instagram has usernames, no display names.</summary>
internal static class InstagramMapper
{
    /// <summary>
    /// Threads of mentions on other people's media carry this prefix: the brand answers them
    /// through <c>/{ig-user-id}/mentions</c> and cannot hide or delete them (§4.3).
    /// </summary>
    public const string MentionedPrefix = "mentioned:";

    public static Mention? Comment(SourceAccount account, string ownId, IgComment comment, string mediaId, Uri? permalink, MetaFound found)
    {
        if (comment.Id is null || comment.Text is null || !GraphTime.TryParse(comment.Timestamp, out var created))
        {
            found.Skip(comment.Id, "comment lacks id, text or a valid timestamp");
            return null;
        }

        var kind = comment.ParentId is null ? MentionKind.Comment : MentionKind.Reply;
        return new Mention(Network.Instagram, account.Id, comment.Id, kind, mediaId, comment.ParentId,
            Author(account, ownId, comment.From, comment.Username), comment.Text, created, IsPrivate: false, Permalink: permalink);
    }

    public static Author Author(SourceAccount account, string ownId, GraphFrom? from, string? username)
    {
        var name = from?.Username ?? username ?? "";

        // Without from{id}, the brand's own comment is recognised by its configured username.
        var id = from?.Id ?? (name.Length > 0 && name == account.Setting("Username") ? ownId : name);
        return new Author(id, name, name, name.Length > 0 ? new Uri($"https://www.instagram.com/{name}/") : null);
    }

    public static Uri? Link(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}
