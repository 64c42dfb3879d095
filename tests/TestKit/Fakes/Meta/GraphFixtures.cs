using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.Meta;

/// <summary>Facebook Page wire objects from social-apis.md §3.4, §3.5 and §3.9, plus builders in the same shape.</summary>
public static class GraphFixtures
{
    public const string PageId = "104857390012345";
    public const string PostId = "104857390012345_122100000000000001";
    public const string FeedKey = PageId + "/feed";
    public const string CommentsKey = PostId + "/comments";
    public const string ConversationsKey = PageId + "/conversations";

    public static JsonObject PagePost() => Parse("""
        {
          "id": "104857390012345_122100000000000001",
          "message": "Our autumn sale starts today!",
          "created_time": "2026-08-20T08:00:00+0000",
          "updated_time": "2026-08-20T09:31:12+0000",
          "from": { "name": "Acme", "id": "104857390012345" },
          "permalink_url": "https://www.facebook.com/104857390012345/posts/122100000000000001"
        }
        """);

    public static JsonObject DanaReply() => Parse("""
        {
          "id": "122100000000000001_1045000000000002",
          "message": "Acme I'm still waiting on order 4411...",
          "created_time": "2026-08-20T09:31:12+0000",
          "from": { "name": "Dana K", "id": "7000000000000001" },
          "parent": { "id": "122100000000000001_1045000000000001" },
          "permalink_url": "https://www.facebook.com/104857390012345/posts/122100000000000001/?comment_id=1045000000000001&reply_comment_id=1045000000000002",
          "is_hidden": false, "can_hide": true, "can_reply_privately": true
        }
        """);

    public static JsonObject DanaComment() => Parse("""
        {
          "id": "122100000000000001_1045000000000001",
          "message": "Does the sale include shipping?",
          "created_time": "2026-08-20T09:10:40+0000",
          "from": { "name": "Dana K", "id": "7000000000000001" },
          "permalink_url": "https://www.facebook.com/104857390012345/posts/122100000000000001/?comment_id=1045000000000001",
          "is_hidden": false, "can_hide": true, "can_reply_privately": true
        }
        """);

    public static JsonObject Conversation() => Parse("""
        {
          "id": "t_10229000000000001",
          "updated_time": "2026-08-20T09:40:00+0000",
          "snippet": "Hi, is anyone there?",
          "unread_count": 1,
          "message_count": 3,
          "participants": { "data": [
            { "name": "Dana K", "email": "7300000000000001@facebook.com", "id": "7300000000000001" },
            { "name": "Acme", "email": "104857390012345@facebook.com", "id": "104857390012345" } ] },
          "messages": {
            "data": [
              { "id": "m_Zx9EXAMPLEinbound0003", "message": "Hi, is anyone there?", "created_time": "2026-08-20T09:40:00+0000",
                "from": { "name": "Dana K", "email": "7300000000000001@facebook.com", "id": "7300000000000001" },
                "to": { "data": [{ "name": "Acme", "email": "104857390012345@facebook.com", "id": "104857390012345" }] } }
            ],
            "paging": { "cursors": { "before": "MTAxNTExOTQ1MjAwNzI5NDE", "after": "NDMyNzQyODI3OTQw" } }
          }
        }
        """);

    /// <summary>A top-level comment on the fixture post, <paramref name="minutes"/> after 2026-08-20 09:00Z.</summary>
    public static JsonObject Comment(string suffix, double minutes, string fromId = "7000000000000001", string message = "Any news?") => new()
    {
        ["id"] = "122100000000000001_10450000000" + suffix,
        ["message"] = message,
        ["created_time"] = Time(minutes),
        ["from"] = new JsonObject { ["name"] = "Dana K", ["id"] = fromId },
    };

    public static string Time(double minutes) =>
        new DateTimeOffset(2026, 8, 20, 9, 0, 0, TimeSpan.Zero).AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
