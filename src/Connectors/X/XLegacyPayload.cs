using System.Globalization;
using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Account Activity API bodies (deprecated, still delivered to existing subscriptions; §2.10):
/// <c>tweet_create_events</c> as v1.1 Tweets, <c>tweet_delete_events</c> and DM events.
/// </summary>
internal static class XLegacyPayload
{
    public static void Add(SourceAccount account, string brandUserId, JsonElement root, XWebhookPayload.Collected batch)
    {
        foreach (var tweet in XWebhookPayload.Array(root, "tweet_create_events"))
        {
            batch.Add(Tweet(account, tweet), brandUserId);
        }

        foreach (var deleted in XWebhookPayload.Array(root, "tweet_delete_events"))
        {
            if (deleted.TryGetProperty("status", out var status) && XWebhookPayload.Str(status, "id") is { } id)
            {
                batch.Deleted.Add(new MentionKey(Network.X, account.Id, id));
            }
        }

        foreach (var dm in XWebhookPayload.Array(root, "direct_message_events"))
        {
            batch.Add(XWebhookPayload.LegacyDm(account, dm, root), brandUserId);
        }
    }

    private static MapResult Tweet(SourceAccount account, JsonElement tweet)
    {
        var id = XWebhookPayload.Str(tweet, "id_str");
        var user = tweet.TryGetProperty("user", out var u) ? u : default;
        var authorId = XWebhookPayload.Str(user, "id_str");
        var text = tweet.TryGetProperty("extended_tweet", out var extended) ? XWebhookPayload.Str(extended, "full_text") : null;
        text ??= XWebhookPayload.Str(tweet, "text");
        if (id is null || authorId is null || text is null
            || !DateTimeOffset.TryParseExact(XWebhookPayload.Str(tweet, "created_at"), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var created))
        {
            return MapResult.Skip(id, "v1.1 tweet lacks id_str, user, text or a valid created_at");
        }

        var parent = XWebhookPayload.Str(tweet, "in_reply_to_status_id_str");
        var author = XMapper.Author(authorId, [new XUser(authorId, XWebhookPayload.Str(user, "name"), XWebhookPayload.Str(user, "screen_name"))]);
        var lang = XWebhookPayload.Str(tweet, "lang");

        // v1.1 has no conversation_id: a reply is threaded under its direct parent, which the
        // triage threading joins to the conversation it already knows.
        return MapResult.Ok(new Mention(Network.X, account.Id, id, parent is null ? MentionKind.Post : MentionKind.Reply, parent ?? id, parent,
            author, text, created, IsPrivate: false, Language: lang is null or "und" ? null : lang,
            Permalink: new Uri($"https://x.com/{author.Handle}/status/{id}")));
    }
}
