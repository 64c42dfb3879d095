using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.YouTube;

/// <summary>A comment in the wire shape of social-apis.md §7.1; a reply has a <paramref name="ParentId"/>.</summary>
public sealed record YouTubeCommentFixture(
    string Id,
    DateTimeOffset PublishedAt,
    string Text = "The setup step at 2:10 doesn't work on v4.2",
    string Handle = "@danak",
    string AuthorChannelId = "UCdanak000000000000000000",
    string? ParentId = null,
    string VideoId = "dQw4w9WgXcQ",
    string ChannelId = "UCacmeBrandChannel000000")
{
    public JsonObject ToJson()
    {
        var snippet = new JsonObject
        {
            ["channelId"] = ChannelId,
            ["videoId"] = VideoId,
            ["textDisplay"] = Text,
            ["textOriginal"] = Text,
            ["authorDisplayName"] = Handle,
            ["authorProfileImageUrl"] = "https://yt3.ggpht.com/ytc/abc=s48-c-k-c0x00ffffff-no-rj",
            ["authorChannelUrl"] = $"http://www.youtube.com/{Handle}",
            ["authorChannelId"] = new JsonObject { ["value"] = AuthorChannelId },
            ["canRate"] = true,
            ["viewerRating"] = "none",
            ["likeCount"] = 3,
            ["publishedAt"] = PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["updatedAt"] = PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (ParentId is not null)
        {
            snippet["parentId"] = ParentId;
        }

        return new JsonObject { ["kind"] = "youtube#comment", ["etag"] = "cEtag", ["id"] = Id, ["snippet"] = snippet };
    }

    /// <summary>The thread this top-level comment opens, with its replies embedded.</summary>
    public JsonObject Thread(params YouTubeCommentFixture[] replies)
    {
        var thread = new JsonObject
        {
            ["kind"] = "youtube#commentThread",
            ["etag"] = "thrEtag",
            ["id"] = Id,
            ["snippet"] = new JsonObject
            {
                ["channelId"] = ChannelId,
                ["videoId"] = VideoId,
                ["topLevelComment"] = ToJson(),
                ["canReply"] = true,
                ["totalReplyCount"] = replies.Length,
                ["isPublic"] = true,
            },
        };
        if (replies.Length > 0)
        {
            thread["replies"] = new JsonObject { ["comments"] = new JsonArray([.. replies.Select(r => r.ToJson())]) };
        }

        return thread;
    }
}
