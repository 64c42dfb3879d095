using System.Text.Json;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>Instagram <c>comments</c> and <c>mentions</c> changes (social-apis.md §4.5).</summary>
internal static class InstagramChanges
{
    public static void Comment(SourceAccount account, string ownId, JsonElement value, DateTimeOffset? entryTime, MetaWebhookBatch batch)
    {
        // Some samples name the id comment_id; accept either (§4.5).
        var id = value.Str("id") ?? value.Str("comment_id");
        var from = value.Get("from");
        var mediaId = value.Get("media").Str("id");
        if (id is null || mediaId is null || from.Str("id") is not { } authorId || entryTime is not { } created)
        {
            batch.Skipped.Add(new SkippedItem(id, "comment event lacks id, media, author or time"));
            return;
        }

        if (authorId == ownId)
        {
            return;
        }

        var parent = value.Str("parent_id");
        var username = from.Str("username") ?? "";
        batch.Mentions.Add(new Mention(Network.Instagram, account.Id, id, parent is null ? MentionKind.Comment : MentionKind.Reply, mediaId, parent,
            new Author(authorId, username, username, username.Length > 0 ? new Uri($"https://www.instagram.com/{username}/") : null),
            value.Str("text") ?? "", created, IsPrivate: false));
    }

    // Mentions arrive as ids only; the content is fetched through InstagramMentions (§4.3).
    public static void Mention(SourceAccount account, JsonElement value, MetaWebhookBatch batch)
    {
        if (value.Str("media_id") is not { } mediaId)
        {
            batch.Skipped.Add(new SkippedItem(value.Str("comment_id"), "mention event without media_id"));
            return;
        }

        batch.Lookups.Add(new WebhookLookup(Network.Instagram, account.Id, value.Str("comment_id"), mediaId));
    }
}
