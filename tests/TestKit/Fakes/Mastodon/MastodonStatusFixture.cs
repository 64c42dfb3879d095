using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.Mastodon;

/// <summary>A status in the wire shape of social-apis.md §5.2 (content is HTML, as Mastodon sends it).</summary>
public sealed record MastodonStatusFixture(
    string Id,
    DateTimeOffset CreatedAt,
    string AccountId = "971724",
    string Acct = "zsc@fosstodon.example",
    string DisplayName = "Z. S. C.",
    string Content = "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@acme\" class=\"u-url mention\">@<span>acme</span></a></span> the app logs me out every hour</p>",
    string? InReplyToId = null,
    string Visibility = "public",
    string? Language = "en")
{
    public JsonObject ToJson(string instanceHost)
    {
        var user = Acct.Split('@')[0];
        var home = Acct.Contains('@', StringComparison.Ordinal) ? Acct.Split('@')[1] : instanceHost;
        var account = new JsonObject
        {
            ["id"] = AccountId,
            ["username"] = user,
            ["acct"] = Acct,
            ["display_name"] = DisplayName,
            ["url"] = $"https://{home}/@{user}",
            ["avatar"] = "https://files.mastodon.example/accounts/avatars/000/971/724/original/a.png",
            ["bot"] = false,
        };
        return new JsonObject
        {
            ["id"] = Id,
            ["created_at"] = CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["in_reply_to_id"] = InReplyToId,
            ["in_reply_to_account_id"] = null,
            ["sensitive"] = false,
            ["spoiler_text"] = string.Empty,
            ["visibility"] = Visibility,
            ["language"] = Language,
            ["uri"] = $"https://{home}/users/{user}/statuses/{Id}",
            ["url"] = $"https://{home}/@{user}/{Id}",
            ["replies_count"] = 0,
            ["reblogs_count"] = 0,
            ["favourites_count"] = 0,
            ["content"] = Content,
            ["account"] = account,
            ["media_attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(new JsonObject { ["id"] = "110000000000000001", ["username"] = "acme", ["url"] = "https://mastodon.example/@acme", ["acct"] = "acme" }),
            ["tags"] = new JsonArray(),
            ["emojis"] = new JsonArray(),
        };
    }
}
