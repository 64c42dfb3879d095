using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.Bluesky;

/// <summary>A post and the notification about it, in the wire shape of social-apis.md §6.2.</summary>
public sealed record BlueskyPostFixture(
    string Rkey,
    DateTimeOffset IndexedAt,
    string Reason = "reply",
    string AuthorDid = "did:plc:danak0000000000000000000",
    string Handle = "danak.bsky.social",
    string? DisplayName = "Dana K",
    string Text = "still no tracking number for order 4411",
    string? Lang = "en",
    string? RootUri = "at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwroot000002",
    string? ParentUri = "at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwroot000002")
{
    public string Uri => $"at://{AuthorDid}/app.bsky.feed.post/{Rkey}";

    public string Cid => "bafyrei" + Rkey.PadRight(52, '0');

    public static string CidOf(string uri) => "bafyrei" + uri[(uri.LastIndexOf('/') + 1)..].PadRight(52, '0');

    public JsonObject Record()
    {
        var record = new JsonObject
        {
            ["$type"] = "app.bsky.feed.post",
            ["text"] = Text,
            ["createdAt"] = Time(IndexedAt.AddSeconds(-2)),
        };
        if (Lang is not null)
        {
            record["langs"] = new JsonArray(Lang);
        }

        if (RootUri is not null && ParentUri is not null)
        {
            record["reply"] = new JsonObject
            {
                ["root"] = new JsonObject { ["uri"] = RootUri, ["cid"] = CidOf(RootUri) },
                ["parent"] = new JsonObject { ["uri"] = ParentUri, ["cid"] = CidOf(ParentUri) },
            };
        }

        return record;
    }

    public JsonObject Author() => new()
    {
        ["did"] = AuthorDid,
        ["handle"] = Handle,
        ["displayName"] = DisplayName,
        ["avatar"] = $"https://cdn.bsky.app/img/avatar/plain/{AuthorDid}/bafkreiavatar@jpeg",
        ["indexedAt"] = "2025-01-01T00:00:00.000Z",
        ["createdAt"] = "2024-11-02T12:00:00.000Z",
        ["labels"] = new JsonArray(),
    };

    public JsonObject Notification() => new()
    {
        ["uri"] = Uri,
        ["cid"] = Cid,
        ["author"] = Author(),
        ["reason"] = Reason,
        ["reasonSubject"] = RootUri,
        ["record"] = Record(),
        ["isRead"] = false,
        ["indexedAt"] = Time(IndexedAt),
        ["labels"] = new JsonArray(),
    };

    public JsonObject PostView() => new()
    {
        ["uri"] = Uri,
        ["cid"] = Cid,
        ["author"] = Author(),
        ["record"] = Record(),
        ["replyCount"] = 0,
        ["repostCount"] = 0,
        ["likeCount"] = 0,
        ["quoteCount"] = 0,
        ["indexedAt"] = Time(IndexedAt),
        ["labels"] = new JsonArray(),
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
