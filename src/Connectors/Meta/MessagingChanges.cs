using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Messenger and Instagram <c>messaging</c> events (social-apis.md §3.10, §4.5). The thread is
/// the person's scoped id, as in the polled conversations; webhooks carry no names.
/// </summary>
internal static class MessagingChanges
{
    public static void Add(SourceAccount account, string ownId, JsonElement messaging, MetaWebhookBatch batch)
    {
        var message = messaging.Get("message");
        if (message.ValueKind != JsonValueKind.Object || message.Flag("is_echo") || message.Flag("is_self"))
        {
            // Deliveries, reads and postbacks are no messages; echoes are our own sends.
            return;
        }

        var mid = message.Str("mid");
        var sender = messaging.Get("sender").Str("id");
        if (mid is null || sender is null || WebhookJson.Time(messaging.Long("timestamp")) is not { } sent)
        {
            batch.Skipped.Add(new SkippedItem(mid, "message event lacks mid, sender or timestamp"));
            return;
        }

        if (message.Flag("is_deleted"))
        {
            batch.Deleted.Add(new MentionKey(account.Network, account.Id, mid));
            return;
        }

        if (sender != ownId)
        {
            batch.Mentions.Add(new Mention(account.Network, account.Id, mid, MentionKind.DirectMessage, sender, message.Get("reply_to").Str("mid"),
                new Author(sender, "", ""), message.Str("text") ?? "", sent, IsPrivate: true));
        }
    }
}
