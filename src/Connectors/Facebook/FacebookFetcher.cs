using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Facebook;

/// <summary>
/// Reads a Page since the cursor (social-apis.md §3.4, §3.5, §3.9): the feed of recent posts
/// (visitor posts become mentions), the comments of every post updated since the cursor
/// (<c>filter=stream</c> gives replies too), and the Messenger conversations.
/// </summary>
internal sealed class FacebookFetcher(GraphClient graph, TimeProvider time, ILogger<FacebookFetcher> logger)
{
    public const string DefaultBase = "https://graph.facebook.com";

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        if (account.Setting("PageId") is not { } pageId)
        {
            return new FetchResult.Failed(new ConnectorError.Rejected("The Facebook account has no PageId setting."), 0);
        }

        var since = GraphSecondCursor.Parse(cursor);
        var floor = since is null
            ? time.GetUtcNow().AddHours(-Number(account, "InitialLookbackHours", 24))
            : DateTimeOffset.FromUnixTimeSeconds(since.Seconds);
        var found = new MetaFound(account, pageId, since, floor, logger);
        var calls = new CallCounter();
        var root = GraphClient.Root(account, DefaultBase);

        var error = await PostsAndCommentsAsync(account, pageId, root, found, calls, cancellationToken);
        if (error is null && account.Setting("Messenger") != "false")
        {
            error = await Conversations.ReadAsync(graph, account, root, pageId, "messenger", found, calls, cancellationToken);
        }

        return error is null ? found.Result(cursor, calls.Count) : new FetchResult.Failed(error, calls.Count);
    }

    private async Task<ConnectorError?> PostsAndCommentsAsync(
        SourceAccount account, string pageId, Uri root, MetaFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        // Comments keep arriving on older posts: look at posts of the last days, and read the
        // comments only of those whose updated_time moved since the cursor.
        var floor = found.Floor.ToUnixTimeSeconds();
        var postsSince = floor - (long)TimeSpan.FromDays(Number(account, "PostLookbackDays", 7)).TotalSeconds;
        var feed = new Uri(root, $"{Uri.EscapeDataString(pageId)}/feed?fields=id,message,story,created_time,updated_time,from,permalink_url"
            + $"&since={postsSince.ToString(CultureInfo.InvariantCulture)}&limit=100");
        var (posts, error) = await graph.DrainAsync(account, "Facebook", root, feed, calls, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        foreach (var item in posts)
        {
            var post = Read(item);
            if (post?.Id is null)
            {
                found.Skip(null, "feed item is not a readable post");
                continue;
            }

            if (post.From?.Id != pageId && FacebookMapper.Post(account, post, found) is { } visitorPost)
            {
                found.Add(visitorPost);
            }

            if (GraphTime.TryParse(post.UpdatedTime ?? post.CreatedTime, out var updated) && updated < found.Floor)
            {
                continue;
            }

            var url = new Uri(root, $"{Uri.EscapeDataString(post.Id)}/comments?filter=stream&order=reverse_chronological"
                + $"&since={floor.ToString(CultureInfo.InvariantCulture)}&limit=100&fields=id,message,created_time,from,parent{{id}},permalink_url,is_hidden");
            var (comments, commentsError) = await graph.DrainAsync(account, "Facebook", root, url, calls, cancellationToken);
            if (commentsError is not null)
            {
                return commentsError;
            }

            foreach (var comment in comments)
            {
                if (FacebookMapper.Comment(account, post.Id, comment, found) is { } mention)
                {
                    found.Add(mention);
                }
            }
        }

        return null;
    }

    private static int Number(SourceAccount account, string key, int fallback) =>
        int.TryParse(account.Setting(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static FacebookPost? Read(JsonElement item)
    {
        try
        {
            return item.ValueKind == JsonValueKind.Object ? item.Deserialize(FacebookJson.Default.FacebookPost) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
