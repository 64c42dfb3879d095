using System.Globalization;
using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>X posts and DM events to mentions (social-apis.md §1.2, §2.11).</summary>
internal static class XMapper
{
    public static MapResult Post(SourceAccount account, JsonElement item, IReadOnlyList<XUser> users)
    {
        var tweet = Read(item, XJson.Default.XTweet);
        if (tweet?.Id is null || tweet.AuthorId is null || !TryTime(tweet.CreatedAt, out var created))
        {
            return MapResult.Skip(Id(item), "post lacks id, author_id or a valid created_at");
        }

        var text = tweet.NoteTweet?.Text ?? tweet.Text;
        if (text is null)
        {
            return MapResult.Skip(tweet.Id, "post has no text");
        }

        var author = Author(tweet.AuthorId, users);
        var parent = tweet.ReferencedTweets?.FirstOrDefault(r => r.Type == "replied_to")?.Id;
        var status = author.Handle == author.ExternalId ? $"https://x.com/i/web/status/{tweet.Id}" : $"https://x.com/{author.Handle}/status/{tweet.Id}";
        return MapResult.Ok(new Mention(
            Network.X,
            account.Id,
            tweet.Id,
            parent is null ? MentionKind.Post : MentionKind.Reply,
            tweet.ConversationId ?? tweet.Id,
            parent,
            author,
            text,
            created,
            IsPrivate: false,
            Language: tweet.Lang is null or "und" ? null : tweet.Lang,
            Permalink: new Uri(status)));
    }

    public static MapResult Dm(SourceAccount account, JsonElement item, IReadOnlyList<XUser> users)
    {
        var dm = Read(item, XJson.Default.XDmEvent);
        if (dm?.Id is null || dm.SenderId is null || dm.DmConversationId is null || dm.Text is null || !TryTime(dm.CreatedAt, out var created))
        {
            return MapResult.Skip(Id(item), "DM event lacks id, sender, conversation, text or a valid created_at");
        }

        return MapResult.Ok(new Mention(
            Network.X, account.Id, dm.Id, MentionKind.DirectMessage, dm.DmConversationId, null,
            Author(dm.SenderId, users), dm.Text, created, IsPrivate: true));
    }

    public static Author Author(string id, IReadOnlyList<XUser> users)
    {
        // A missing expansion still leaves a usable mention: X resolves /i/user/{id}.
        var user = users.FirstOrDefault(u => u.Id == id);
        return user?.Username is { } handle
            ? new Author(id, handle, user.Name ?? handle, new Uri($"https://x.com/{handle}"))
            : new Author(id, id, id, new Uri($"https://x.com/i/user/{id}"));
    }

    public static bool TryTime(string? value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static T? Read<T>(JsonElement item, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        try
        {
            return item.ValueKind == JsonValueKind.Object ? item.Deserialize(info) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Id(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}

/// <summary>A mapped mention, or the reason an item was skipped.</summary>
internal sealed record MapResult(Mention? Mention, SkippedItem? Skipped)
{
    public static MapResult Ok(Mention mention) => new(mention, null);

    public static MapResult Skip(string? id, string reason) => new(null, new SkippedItem(id, reason));
}
