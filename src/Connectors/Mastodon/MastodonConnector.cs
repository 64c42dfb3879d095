using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Mastodon;

/// <summary>
/// Mention notifications paged forward with <c>min_id</c>; the cursor is the newest
/// notification id (social-apis.md §1.4, §5.2). Our own statuses are recognised by account id.
/// </summary>
internal sealed class MastodonConnector(MastodonClient client, ILogger<MastodonConnector> logger) : ISocialConnector, IDeletionCheck
{
    private const int MaxPagesPerFetch = 25;
    private readonly ConcurrentDictionary<string, string> ownAccountIds = new(StringComparer.Ordinal);

    public Network Network => Network.Mastodon;

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        var calls = 0;
        var own = account.Setting("AccountId");
        if (own is null && !ownAccountIds.TryGetValue(account.Id, out own))
        {
            calls++;
            var me = await client.VerifyCredentialsAsync(account, cancellationToken).ConfigureAwait(false);
            if (me.Error is not null || me.Value!.Id is null)
            {
                return Fail(account, me.Error ?? new ConnectorError.Unavailable("verify_credentials has no id"), calls);
            }

            own = ownAccountIds[account.Id] = me.Value.Id;
        }

        var found = new List<(string NotificationId, Mention Mention)>();
        var skipped = new List<SkippedItem>();
        var newest = cursor;
        for (var page = 0; page < MaxPagesPerFetch; page++)
        {
            calls++;
            var answer = await client.MentionNotificationsAsync(account, newest, cancellationToken).ConfigureAwait(false);
            if (answer.Error is not null)
            {
                // Keep what earlier pages gave: the next poll meets the same error and backs off.
                if (page == 0)
                {
                    return Fail(account, answer.Error, calls);
                }

                ConnectorEvents.Failed(logger, Network, account.Id, answer.Error);
                break;
            }

            if (answer.Value!.Count == 0)
            {
                break;
            }

            foreach (var element in answer.Value)
            {
                var read = await ReadAsync(account, own, element, cancellationToken).ConfigureAwait(false);
                calls += read.Calls;
                newest = Newer(newest, read.NotificationId);
                if (read.Skipped is not null)
                {
                    skipped.Add(read.Skipped);
                    ConnectorEvents.Skipped(logger, Network, account.Id, read.Skipped);
                }
                else if (read.Mention is not null)
                {
                    found.Add((read.NotificationId!, read.Mention));
                }
            }
        }

        var mentions = found.OrderBy(f => f.NotificationId, MastodonIds.Comparer).Select(f => f.Mention).ToList();
        ConnectorEvents.Fetched(logger, Network, account.Id, mentions.Count, skipped.Count, 0, calls);
        return new FetchResult.Fetched(mentions, newest, [], skipped, calls);
    }

    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        (await MastodonActions.PerformAsync(client, account, action, cancellationToken).ConfigureAwait(false)).Log(logger, account, action);

    public Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken) =>
        MastodonDeletions.FindAsync(client, account, externalIds, cancellationToken);

    private async Task<Read> ReadAsync(SourceAccount account, string own, JsonElement element, CancellationToken cancellationToken)
    {
        var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()
            : null;
        MastodonNotification? notification;
        try
        {
            notification = element.Deserialize(MastodonJson.Default.MastodonNotification);
        }
        catch (JsonException)
        {
            return new Read(id, null, new SkippedItem(id, "unreadable notification"), 0);
        }

        var problem = notification is null ? "empty notification" : MastodonMapper.Problem(notification);
        if (problem is not null)
        {
            return new Read(id, null, new SkippedItem(id, problem), 0);
        }

        var status = notification!.Status!;
        if (notification.Type != "mention" || status.Account!.Id == own)
        {
            return new Read(id, null, null, 0);
        }

        if (status.InReplyToId is null)
        {
            return new Read(id, MastodonMapper.ToMention(account, status, status.Id!), null, 0);
        }

        // The thread root is the first ancestor; without it the parent is the best thread we know.
        var context = await client.ContextAsync(account, status.Id!, cancellationToken).ConfigureAwait(false);
        var root = context.Value?.Ancestors is [{ Id: { } rootId }, ..] ? rootId : status.InReplyToId;
        return new Read(id, MastodonMapper.ToMention(account, status, root), null, 1);
    }

    private FetchResult.Failed Fail(SourceAccount account, ConnectorError error, int calls)
    {
        ConnectorEvents.Failed(logger, Network, account.Id, error);
        return new FetchResult.Failed(error, calls);
    }

    private static string? Newer(string? a, string? b) => b is null || (a is not null && MastodonIds.Comparer.Compare(a, b) >= 0) ? a : b;

    private sealed record Read(string? NotificationId, Mention? Mention, SkippedItem? Skipped, int Calls);
}
