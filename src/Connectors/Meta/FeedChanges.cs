using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>Page <c>feed</c> changes (social-apis.md §3.10): comments and visitor posts added or removed.</summary>
internal static class FeedChanges
{
    private static readonly string[] PostItems = ["status", "post", "photo", "video", "share"];

    public static void Add(SourceAccount account, string pageId, JsonElement value, MetaWebhookBatch batch)
    {
        var item = value.Str("item");
        var verb = value.Str("verb");
        var isComment = item == "comment";
        if (!isComment && !PostItems.Contains(item))
        {
            return;
        }

        var id = isComment ? value.Str("comment_id") : value.Str("post_id");
        if (id is null)
        {
            batch.Skipped.Add(new SkippedItem(null, $"feed {item} event without its id"));
            return;
        }

        if (verb == "remove")
        {
            batch.Deleted.Add(new MentionKey(Network.Facebook, account.Id, id));
            return;
        }

        var from = value.Get("from");
        if (verb != "add" || from.Str("id") == pageId)
        {
            // Edits and hides change no case; the Page's own items are our replies echoing back.
            return;
        }

        var postId = value.Str("post_id");
        if (postId is null || WebhookJson.Time(value.Long("created_time")) is not { } created)
        {
            batch.Skipped.Add(new SkippedItem(id, "feed event lacks post_id or created_time"));
            return;
        }

        var parent = value.Str("parent_id");
        var kind = !isComment ? MentionKind.Post : parent is null || parent == postId ? MentionKind.Comment : MentionKind.Reply;
        var author = from.Str("id") is { } authorId ? new Author(authorId, from.Str("name") ?? "", from.Str("name") ?? "") : new Author("", "", "");
        var permalink = isComment ? null : value.Get("post").Str("permalink_url");
        batch.Mentions.Add(new Mention(Network.Facebook, account.Id, id, kind, postId, isComment ? parent ?? postId : null, author,
            value.Str("message") ?? "", created, IsPrivate: false,
            Permalink: Uri.TryCreate(permalink, UriKind.Absolute, out var link) ? link : null));
    }
}
