using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Messenger and Instagram DM threads (social-apis.md §3.9, §4.4): conversations come most
/// recently updated first, so reading stops at the first one not updated since the cursor.
/// The thread of a DM is the person's page- or Instagram-scoped id, as in the webhooks.
/// </summary>
internal static class Conversations
{
    public static async Task<ConnectorError?> ReadAsync(
        GraphClient graph, SourceAccount account, Uri root, string ownerId, string platform, MetaFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        var url = new Uri(root, $"{Uri.EscapeDataString(ownerId)}/conversations?platform={platform}&limit=25"
            + "&fields=id,updated_time,messages.limit(50){id,message,created_time,from}");
        var network = account.Network.ToString();
        var (items, error) = await graph.DrainAsync(account, network, root, url, calls, cancellationToken,
            enough: c => Read(c) is { } conversation && GraphTime.TryParse(conversation.UpdatedTime, out var updated) && !found.IsNew(updated, ""));
        if (error is not null)
        {
            return error;
        }

        foreach (var conversation in items.Select(Read))
        {
            if (conversation is null)
            {
                found.Skip(null, "conversation is not readable");
                continue;
            }

            var (messages, messagesError) = await MessagesAsync(graph, account, root, conversation, found, calls, cancellationToken);
            if (messagesError is not null)
            {
                return messagesError;
            }

            foreach (var message in messages)
            {
                if (message.Id is null || message.From?.Id is not { } from || !GraphTime.TryParse(message.CreatedTime, out var created))
                {
                    found.Skip(message.Id, "message lacks id, sender or a valid created_time");
                    continue;
                }

                var handle = message.From.Username ?? message.From.Name ?? "";
                found.Add(new Mention(account.Network, account.Id, message.Id, MentionKind.DirectMessage, from, null,
                    new Author(from, handle, message.From.Name ?? handle), message.Message ?? "", created, IsPrivate: true));
            }
        }

        return null;
    }

    // A busy thread holds more new messages than the embedded page: follow its paging.next
    // until the messages (newest first) reach the cursor.
    private static async Task<(List<GraphMessage> Messages, ConnectorError? Error)> MessagesAsync(
        GraphClient graph, SourceAccount account, Uri root, GraphConversation conversation, MetaFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        var messages = conversation.Messages?.Data ?? [];
        if (conversation.Messages?.Paging?.Next is not { } next || messages.Count == 0 || !IsNew(messages[^1], found))
        {
            return (messages, null);
        }

        var network = account.Network.ToString();
        if (graph.Follow(account, network, root, next) is not { } url)
        {
            return (messages, new ConnectorError.Rejected($"{network} sent a paging link that is not on the configured host."));
        }

        var (more, error) = await graph.DrainAsync(account, network, root, url, calls, cancellationToken,
            enough: m => ReadMessage(m) is not { } message || !IsNew(message, found));
        var all = new List<GraphMessage>(messages);
        foreach (var item in more)
        {
            if (ReadMessage(item) is { } message)
            {
                all.Add(message);
            }
            else
            {
                found.Skip(null, "message is not readable");
            }
        }

        return (all, error);
    }

    private static bool IsNew(GraphMessage message, MetaFound found) =>
        GraphTime.TryParse(message.CreatedTime, out var created) && found.IsNew(created, message.Id ?? "");

    private static GraphMessage? ReadMessage(JsonElement item)
    {
        try
        {
            return item.Deserialize(GraphJson.Default.GraphMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphConversation? Read(JsonElement item)
    {
        try
        {
            return item.Deserialize(GraphJson.Default.GraphConversation);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
