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

            foreach (var message in conversation.Messages?.Data ?? [])
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
