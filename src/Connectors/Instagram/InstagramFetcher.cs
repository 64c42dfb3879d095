using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Instagram;

/// <summary>
/// Polls an Instagram professional account (social-apis.md §4.2, §4.4): the comments and
/// replies on its most recent media, and its DM conversations. Instagram has no "since" for
/// comments, so every comment is read and the time cursor picks the new ones; mentions come
/// only by webhook (see <see cref="InstagramMentions"/>).
/// </summary>
internal sealed class InstagramFetcher(GraphClient graph, TimeProvider time, ILogger<InstagramFetcher> logger)
{
    private const string CommentFields = "id,text,timestamp,username,from,hidden,parent_id,replies{id,text,timestamp,username,from,parent_id}";

    public static Uri Root(SourceAccount account) =>
        GraphClient.Root(account, account.Setting("PageId") is null ? "https://graph.instagram.com" : "https://graph.facebook.com");

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        if (account.Setting("UserId") is not { } userId)
        {
            return new FetchResult.Failed(new ConnectorError.Rejected("The Instagram account has no UserId setting."), 0);
        }

        var since = GraphSecondCursor.Parse(cursor);
        var floor = since is null ? time.GetUtcNow().AddHours(-Number(account, "InitialLookbackHours", 24)) : DateTimeOffset.FromUnixTimeSeconds(since.Seconds);
        var found = new MetaFound(account, userId, since, floor, logger);
        var calls = new CallCounter();
        var root = Root(account);

        var error = await CommentsAsync(account, userId, root, found, calls, cancellationToken);
        if (error is null && account.Setting("DirectMessages") == "true")
        {
            error = await Conversations.ReadAsync(graph, account, root, account.Setting("PageId") ?? userId, "instagram", found, calls, cancellationToken);
        }

        return error is null ? found.Result(cursor, calls.Count) : new FetchResult.Failed(error, calls.Count);
    }

    private async Task<ConnectorError?> CommentsAsync(SourceAccount account, string userId, Uri root, MetaFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        // Only the newest media are watched (MediaWindow, default 25): comments on older ones come by webhook.
        var window = Number(account, "MediaWindow", 25).ToString(CultureInfo.InvariantCulture);
        var mediaUrl = new Uri(root, $"{Uri.EscapeDataString(userId)}/media?fields=id,permalink,timestamp,comments_count&limit={window}");
        var (media, error) = await graph.DrainAsync(account, "Instagram", root, mediaUrl, calls, cancellationToken, enough: _ => true);
        if (error is not null)
        {
            return error;
        }

        foreach (var item in media.Select(m => Read(m, InstagramJson.Default.IgMedia)))
        {
            if (item?.Id is null || item.CommentsCount == 0)
            {
                continue;
            }

            var url = new Uri(root, $"{Uri.EscapeDataString(item.Id)}/comments?fields={CommentFields}&limit=50");
            var (comments, commentsError) = await graph.DrainAsync(account, "Instagram", root, url, calls, cancellationToken);
            if (commentsError is not null)
            {
                return commentsError;
            }

            var permalink = InstagramMapper.Link(item.Permalink);
            foreach (var element in comments)
            {
                if (Read(element, InstagramJson.Default.IgComment) is not { } comment)
                {
                    found.Skip(null, "comment is not readable");
                    continue;
                }

                var (replies, repliesError) = await RepliesAsync(account, root, comment, found, calls, cancellationToken);
                if (repliesError is not null)
                {
                    return repliesError;
                }

                foreach (var one in new[] { comment }.Concat(replies.Select(r => r with { ParentId = r.ParentId ?? comment.Id })))
                {
                    if (InstagramMapper.Comment(account, userId, one, item.Id, permalink, found) is { } mention)
                    {
                        found.Add(mention);
                    }
                }
            }
        }

        return null;
    }

    // The embedded replies are one page; a long thread continues at its paging.next.
    private async Task<(List<IgComment> Replies, ConnectorError? Error)> RepliesAsync(
        SourceAccount account, Uri root, IgComment comment, MetaFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        var replies = comment.Replies?.Data ?? [];
        if (comment.Replies?.Paging?.Next is not { } next)
        {
            return (replies, null);
        }

        if (graph.Follow(account, "Instagram", root, next) is not { } url)
        {
            return (replies, new ConnectorError.Rejected("Instagram sent a paging link that is not on the configured host."));
        }

        var (more, error) = await graph.DrainAsync(account, "Instagram", root, url, calls, cancellationToken);
        var all = new List<IgComment>(replies);
        foreach (var item in more)
        {
            if (Read(item, InstagramJson.Default.IgComment) is { } reply)
            {
                all.Add(reply);
            }
            else
            {
                found.Skip(null, "reply is not readable");
            }
        }

        return (all, error);
    }

    private static int Number(SourceAccount account, string key, int fallback) =>
        int.TryParse(account.Setting(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

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
}
