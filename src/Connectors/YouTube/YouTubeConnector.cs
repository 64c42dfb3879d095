using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// Comment threads on all the channel's videos, newest first (there is no "since"): a poll reads
/// pages until a thread already seen; the cursor is the newest <c>publishedAt</c> with the ids
/// seen at that instant (social-apis.md §1.4, §7.1). A first fetch takes the newest page only.
/// </summary>
internal sealed class YouTubeConnector(YouTubeClient client, ILogger<YouTubeConnector> logger) : ISocialConnector, IDeletionCheck
{
    private const int MaxPagesPerFetch = 20;
    private const int ListCost = 1;

    public Network Network => Network.YouTube;

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        var channel = account.Setting("ChannelId");
        if (channel is null)
        {
            return Fail(account, new ConnectorError.Rejected("The YouTube account needs a ChannelId setting."), 0);
        }

        var tally = new CallTally();
        var seen = TimeCursor.Parse(cursor);
        var found = new List<Mention>();
        var skipped = new List<SkippedItem>();
        var read = new List<(DateTimeOffset, string)>();
        string? page = null;
        for (var pages = 0; pages < MaxPagesPerFetch; pages++)
        {
            var query = $"commentThreads?part=snippet,replies&allThreadsRelatedToChannelId={Uri.EscapeDataString(channel)}&maxResults=100&order=time&textFormat=plainText"
                + (page is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(page));
            var answer = await client.SendAsync(account, HttpMethod.Get, query, () => null, ListCost, true, YouTubeJson.Default.ThreadPage, tally, cancellationToken).ConfigureAwait(false);
            if (answer.Error is not null)
            {
                // Older pages were not reached: moving the cursor now would leave a gap.
                return Fail(account, answer.Error, tally.Count);
            }

            var reachedSeen = false;
            foreach (var element in answer.Value!.Items ?? [])
            {
                var thread = ReadThread(element, out var problem);
                if (thread is null)
                {
                    Skip(account, skipped, new SkippedItem(IdOf(element), problem!));
                    continue;
                }

                foreach (var comment in (thread.Replies?.Comments ?? []).Prepend(thread.Snippet!.TopLevelComment!))
                {
                    if (YouTubeMapper.Problem(comment) is { } why)
                    {
                        Skip(account, skipped, new SkippedItem(comment.Id ?? thread.Id, why));
                        continue;
                    }

                    var at = comment.Snippet!.PublishedAt!.Value;
                    if (seen?.HasSeen(at, comment.Id!) == true)
                    {
                        reachedSeen |= comment.Snippet.ParentId is null;
                        continue;
                    }

                    read.Add((at, comment.Id!));
                    if (comment.Snippet.AuthorChannelId!.Value != channel && comment.Snippet.ModerationStatus is null or "published")
                    {
                        found.Add(YouTubeMapper.ToMention(account, thread.Id!, thread.Snippet.VideoId, comment));
                    }
                }
            }

            page = answer.Value.NextPageToken;
            if (reachedSeen || seen is null || string.IsNullOrEmpty(page))
            {
                break;
            }
        }

        var mentions = found.OrderBy(m => m.CreatedAt).ToList();
        ConnectorEvents.Fetched(logger, Network, account.Id, mentions.Count, skipped.Count, 0, tally.Count);
        return new FetchResult.Fetched(mentions, TimeCursor.Advance(seen, read)?.ToString() ?? cursor, [], skipped, tally.Count);
    }

    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        (await YouTubeActions.PerformAsync(client, account, action, cancellationToken).ConfigureAwait(false)).Log(logger, account, action);

    public Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        YouTubeDeletions.FindAsync(client, account, externalIds, cancellationToken);

    private static CommentThread? ReadThread(JsonElement element, out string? problem)
    {
        try
        {
            var thread = element.Deserialize(YouTubeJson.Default.CommentThread);
            problem = thread is { Id: { Length: > 0 }, Snippet.TopLevelComment: not null } ? null : "thread without id or top-level comment";
            return problem is null ? thread : null;
        }
        catch (JsonException)
        {
            problem = "unreadable comment thread";
            return null;
        }
    }

    private static string? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private void Skip(SourceAccount account, List<SkippedItem> skipped, SkippedItem item)
    {
        skipped.Add(item);
        ConnectorEvents.Skipped(logger, Network, account.Id, item);
    }

    private FetchResult.Failed Fail(SourceAccount account, ConnectorError error, int calls)
    {
        ConnectorEvents.Failed(logger, Network, account.Id, error);
        return new FetchResult.Failed(error, calls);
    }
}
