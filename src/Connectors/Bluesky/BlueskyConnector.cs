using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>
/// Mentions, replies and quotes from listNotifications. Its cursor only pages backwards, so a
/// poll reads newest first until it meets an item already seen; the stored cursor is the newest
/// <c>indexedAt</c> with the uris seen at that instant (social-apis.md §1.4, §6.2).
/// A first fetch (no cursor) takes the newest page only: the team starts from now, not from history.
/// </summary>
internal sealed class BlueskyConnector(BlueskyClient client, TimeProvider time, ILogger<BlueskyConnector> logger) : ISocialConnector, IDeletionCheck
{
    private const int MaxPagesPerFetch = 20;

    public Network Network => Network.Bluesky;

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        var tally = new CallTally();
        var session = await client.SessionAsync(account, tally, cancellationToken).ConfigureAwait(false);
        if (session.Error is not null)
        {
            return Fail(account, session.Error, tally);
        }

        var seen = TimeCursor.Parse(cursor);
        var found = new List<Mention>();
        var skipped = new List<SkippedItem>();
        var read = new List<(DateTimeOffset, string)>();
        string? page = null;
        for (var pages = 0; pages < MaxPagesPerFetch; pages++)
        {
            var query = "app.bsky.notification.listNotifications?" + string.Join('&', BlueskyMapper.Reasons.Select(r => "reasons=" + r)) + "&limit=100"
                + (page is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(page));
            var answer = await client.QueryAsync(account, query, BlueskyJson.Default.NotificationPage, tally, cancellationToken).ConfigureAwait(false);
            if (answer.Error is not null)
            {
                // Older pages were not reached: keeping the newer ones and moving the cursor would leave a gap.
                return Fail(account, answer.Error, tally);
            }

            var reachedSeen = false;
            foreach (var element in answer.Value!.Notifications ?? [])
            {
                var item = Read(element);
                if (item.Notification is not { Uri: { } uri, IndexedAt: { } at } n)
                {
                    Skip(account, skipped, new SkippedItem(item.Uri, item.Problem ?? "unreadable notification"));
                    continue;
                }

                if (seen?.HasSeen(at, uri) == true)
                {
                    reachedSeen = true;
                    continue;
                }

                read.Add((at, uri));
                if (!BlueskyMapper.Reasons.Contains(n.Reason) || n.Author?.Did == session.Value!.Did)
                {
                    continue;
                }

                if (BlueskyMapper.Problem(n) is { } problem)
                {
                    Skip(account, skipped, new SkippedItem(uri, problem));
                    continue;
                }

                found.Add(BlueskyMapper.ToMention(account, n));
            }

            page = answer.Value.Cursor;
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
        (await new BlueskyActions(client, time).PerformAsync(account, action, cancellationToken).ConfigureAwait(false)).Log(logger, account, action);

    public Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        BlueskyDeletions.FindAsync(client, account, externalIds, cancellationToken);

    private static (BskyNotification? Notification, string? Uri, string? Problem) Read(JsonElement element)
    {
        var uri = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("uri", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        try
        {
            var n = element.Deserialize(BlueskyJson.Default.BskyNotification);
            return n is { Uri: not null, IndexedAt: not null } ? (n, uri, null) : (null, uri, n is null ? "empty notification" : BlueskyMapper.Problem(n));
        }
        catch (JsonException)
        {
            return (null, uri, "unreadable notification");
        }
    }

    private void Skip(SourceAccount account, List<SkippedItem> skipped, SkippedItem item)
    {
        skipped.Add(item);
        ConnectorEvents.Skipped(logger, Network, account.Id, item);
    }

    private FetchResult.Failed Fail(SourceAccount account, ConnectorError error, CallTally tally)
    {
        ConnectorEvents.Failed(logger, Network, account.Id, error);
        return new FetchResult.Failed(error, tally.Count);
    }
}
