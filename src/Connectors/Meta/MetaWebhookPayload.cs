using System.Text.Json;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Verified Meta webhook bodies to mentions (social-apis.md §3.10, §4.5): Page <c>feed</c>
/// comments and visitor posts, Messenger and Instagram <c>messages</c>, Instagram
/// <c>comments</c>, and Instagram <c>mentions</c> as ids to fetch. The brand's own items and
/// echoes are dropped; <c>verb: remove</c> and deleted messages are reported as deletions.
/// Accounts are found by <c>PageId</c> (object page) or <c>UserId</c> (object instagram).
/// </summary>
public static class MetaWebhookPayload
{
    public static WebhookBatch Parse(ReadOnlySpan<byte> rawBody, IReadOnlyCollection<SourceAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var batch = new MetaWebhookBatch();
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            batch.Skipped.Add(new SkippedItem(null, "Meta webhook body is not JSON"));
            return batch.ToBatch();
        }

        using (document)
        {
            var root = document.RootElement;
            var (network, key) = root.Str("object") switch
            {
                "page" => (Network.Facebook, "PageId"),
                "instagram" => (Network.Instagram, "UserId"),
                _ => ((Network?)null, ""),
            };
            foreach (var entry in network is null ? [] : root.Items("entry"))
            {
                var entryId = entry.Str("id");
                var account = accounts.FirstOrDefault(a => a.Network == network && a.Enabled && entryId is not null && a.Setting(key) == entryId);
                if (account is null)
                {
                    batch.Skipped.Add(new SkippedItem(entryId, "no enabled account for this webhook entry"));
                    continue;
                }

                Entry(account, entryId!, entry, batch);
            }
        }

        return batch.ToBatch();
    }

    private static void Entry(SourceAccount account, string ownId, JsonElement entry, MetaWebhookBatch batch)
    {
        // Instagram Login sends field and value on the entry itself instead of in changes[] (§4.5).
        var changes = entry.Items("changes");
        if (changes.Count == 0 && entry.Str("field") is not null)
        {
            changes.Add(entry);
        }

        var entryTime = WebhookJson.Time(entry.Long("time"));
        foreach (var change in changes)
        {
            var value = change.Get("value");
            switch (account.Network, change.Str("field"))
            {
                case (Network.Facebook, "feed"):
                    FeedChanges.Add(account, ownId, value, batch);
                    break;
                case (Network.Instagram, "comments" or "live_comments"):
                    InstagramChanges.Comment(account, ownId, value, entryTime, batch);
                    break;
                case (Network.Instagram, "mentions"):
                    InstagramChanges.Mention(account, value, batch);
                    break;
            }
        }

        foreach (var messaging in entry.Items("messaging"))
        {
            MessagingChanges.Add(account, ownId, messaging, batch);
        }
    }
}

/// <summary>The mutable collector behind one <see cref="WebhookBatch"/>.</summary>
internal sealed class MetaWebhookBatch
{
    public List<Mention> Mentions { get; } = [];

    public List<MentionKey> Deleted { get; } = [];

    public List<WebhookLookup> Lookups { get; } = [];

    public List<SkippedItem> Skipped { get; } = [];

    public WebhookBatch ToBatch() => new(Mentions, Deleted, Lookups, Skipped);
}
