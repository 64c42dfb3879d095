using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.Meta;

/// <summary>Instagram wire objects from social-apis.md §4.2 and §4.3, plus builders in the same shape.</summary>
public static class InstagramFixtures
{
    public const string UserId = "17841400000000001";
    public const string MediaId = "17846368219941692";
    public const string MediaKey = UserId + "/media";
    public const string CommentsKey = MediaId + "/comments";

    public static JsonObject Media() => GraphFixtures.Parse("""
        { "id": "17846368219941692", "caption": "New autumn colours", "media_type": "IMAGE", "media_product_type": "FEED",
          "permalink": "https://www.instagram.com/p/Cabc123/", "timestamp": "2026-08-20T08:00:00+0000", "comments_count": 2, "username": "acme" }
        """);

    public static JsonObject DanaComment() => GraphFixtures.Parse("""
        {
          "id": "17858154961981086",
          "text": "@acme my package arrived damaged",
          "timestamp": "2026-08-20T10:56:52+0000",
          "username": "dana.k",
          "from": { "id": "17841400000000777", "username": "dana.k" },
          "like_count": 0,
          "hidden": false,
          "replies": { "data": [ {
            "id": "17874875428706419",
            "text": "@dana.k so sorry! Check your DMs",
            "timestamp": "2026-08-20T11:02:10+0000",
            "username": "acme",
            "from": { "id": "17841400000000001", "username": "acme" },
            "parent_id": "17858154961981086" } ] }
        }
        """);

    public static JsonObject MentionedComment() => GraphFixtures.Parse("""
        { "mentioned_comment": { "id": "17967008497439572", "like_count": 0, "text": "@acme is this still in stock?", "timestamp": "2026-08-19T09:14:16+0000", "username": "lee.writes",
          "media": { "id": "17918195224117851", "permalink": "https://www.instagram.com/p/Clee456/", "media_type": "IMAGE" } }, "id": "17841400000000001" }
        """);

    public static JsonObject MentionedMedia() => GraphFixtures.Parse("""
        { "mentioned_media": { "caption": "unboxing my @acme order", "comments_count": 0, "id": "17889114512354744", "like_count": 3, "media_type": "IMAGE",
          "permalink": "https://www.instagram.com/p/Cxyz123/", "timestamp": "2026-08-19T09:00:22+0000", "username": "lee.writes" }, "id": "17841400000000001" }
        """);

    /// <summary>A top-level comment by Dana, <paramref name="minutes"/> after 2026-08-20 09:00Z.</summary>
    public static JsonObject Comment(string id, double minutes, string text = "still waiting") => new()
    {
        ["id"] = id,
        ["text"] = text,
        ["timestamp"] = GraphFixtures.Time(minutes),
        ["username"] = "dana.k",
        ["from"] = new JsonObject { ["id"] = "17841400000000777", ["username"] = "dana.k" },
    };
}
