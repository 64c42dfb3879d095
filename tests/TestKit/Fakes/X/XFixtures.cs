using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.X;

/// <summary>X API v2 wire objects from social-apis.md §2.4 and §2.8, plus builders in the same shape.</summary>
public static class XFixtures
{
    public const string BrandUserId = "1600000000000000001";
    public const string BrandUsername = "AcmeSupport";

    public static JsonObject DanaMention() => Parse("""
        {
          "id": "1960000000000000002",
          "text": "@AcmeSupport my order #4411 never arrived and nobody answers the phone",
          "author_id": "2222222222",
          "conversation_id": "1960000000000000002",
          "created_at": "2026-08-20T09:15:02.000Z",
          "lang": "en",
          "edit_history_tweet_ids": ["1960000000000000002"],
          "entities": { "mentions": [{ "start": 0, "end": 12, "username": "AcmeSupport", "id": "1600000000000000001" }] }
        }
        """);

    public static JsonObject LeeReply() => Parse("""
        {
          "id": "1960000000000000001",
          "text": "@AcmeSupport thanks, that fixed it!",
          "author_id": "3333333333",
          "conversation_id": "1959999999999999990",
          "created_at": "2026-08-20T09:01:44.000Z",
          "lang": "en",
          "in_reply_to_user_id": "1600000000000000001",
          "referenced_tweets": [{ "type": "replied_to", "id": "1959999999999999990" }],
          "edit_history_tweet_ids": ["1960000000000000001"],
          "entities": { "mentions": [{ "start": 0, "end": 12, "username": "AcmeSupport", "id": "1600000000000000001" }] }
        }
        """);

    public static JsonObject DanaDm() => Parse("""
        {
          "id": "1960000000000000500",
          "event_type": "MessageCreate",
          "text": "Hi, my order number is 4411",
          "sender_id": "2222222222",
          "dm_conversation_id": "1600000000000000001-2222222222",
          "created_at": "2026-08-20T09:20:11.000Z"
        }
        """);

    public static IEnumerable<JsonObject> Users() =>
    [
        Parse("""{ "id": "2222222222", "name": "Dana K", "username": "danak", "profile_image_url": "https://pbs.twimg.com/profile_images/1/a_normal.jpg", "verified": false }"""),
        Parse("""{ "id": "3333333333", "name": "Lee", "username": "lee_writes", "profile_image_url": "https://pbs.twimg.com/profile_images/2/b_normal.jpg", "verified": true }"""),
        Parse("""{ "id": "1600000000000000001", "name": "Acme Support", "username": "AcmeSupport" }"""),
    ];

    /// <summary>A post by Dana with a given id, <paramref name="minutes"/> after 2026-08-20 10:00Z.</summary>
    public static JsonObject Post(string id, int minutes, string authorId = "2222222222", string text = "@AcmeSupport hello again") => new()
    {
        ["id"] = id,
        ["text"] = text,
        ["author_id"] = authorId,
        ["conversation_id"] = id,
        ["created_at"] = new DateTimeOffset(2026, 8, 20, 10, 0, 0, TimeSpan.Zero).AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["lang"] = "en",
        ["edit_history_tweet_ids"] = new JsonArray(id),
    };

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
