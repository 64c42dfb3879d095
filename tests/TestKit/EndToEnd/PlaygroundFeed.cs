using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// Reads the Playground's conversation stream (<c>/_ws_conversation/v1/conversations/stream</c>),
/// what its web UI renders, into a list. The Playground buffers frames while nobody listens and
/// replays them to the next client, so connecting late loses nothing.
/// </summary>
public sealed class PlaygroundFeed : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<PlaygroundFrame> frames = [];
    private Task reading = Task.CompletedTask;

    private PlaygroundFeed()
    {
    }

    public static async Task<PlaygroundFeed> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var stream = new PlaygroundFeed();
        await stream.socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), cancellationToken).ConfigureAwait(false);
        stream.reading = stream.ReadAsync(stream.stop.Token);
        return stream;
    }

    public IReadOnlyList<PlaygroundFrame> Frames
    {
        get
        {
            lock (frames)
            {
                return [.. frames];
            }
        }
    }

    /// <summary>The bot's top-level posts in a channel, each as last updated, in posting order.</summary>
    public IReadOnlyList<PlaygroundFrame> PostsIn(string channelId)
    {
        var all = Frames;
        return [.. all
            .Where(f => f.Action == "createMessage" && f.IsFromBot && f.ConversationId == channelId && f.MessageId is not null)
            .Select(post => Latest(all, post))];
    }

    /// <summary>The bot's cards posted as new threads into a channel, as last updated.</summary>
    public IReadOnlyList<PlaygroundFrame> CardsIn(string channelId) => [.. PostsIn(channelId).Where(f => f.Card is not null)];

    /// <summary>The bot's messages in a chat (or a channel thread), as last updated.</summary>
    public IReadOnlyList<PlaygroundFrame> BotMessagesIn(string conversationId)
    {
        var all = Frames;
        return [.. all
            .Where(f => f.Action == "createMessage" && f.IsFromBot && (f.ConversationId == conversationId || f.PostConversationId == conversationId))
            .Select(post => Latest(all, post))];
    }

    /// <summary>One message as the UI saw it change: its post, then each update, in order.</summary>
    public IReadOnlyList<PlaygroundFrame> HistoryOf(string messageId) =>
        [.. Frames.Where(f => f.Action is "createMessage" or "updateMessage" && f.MessageId == messageId)];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await reading.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Stopping, or the Playground went first.
        }

        socket.Dispose();
        stop.Dispose();
    }

    private static PlaygroundFrame Latest(IReadOnlyList<PlaygroundFrame> all, PlaygroundFrame post) =>
        all.LastOrDefault(f => f.Action == "updateMessage" && f.MessageId == post.MessageId) is { } update
            ? post with { Message = update.Message }
            : post;

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (JsonNode.Parse(text) is JsonObject { } frame && frame["message"] is JsonObject body)
            {
                lock (frames)
                {
                    frames.Add(new PlaygroundFrame((string?)frame["action"] ?? "", (string?)frame["actionConversationId"] ?? "", (JsonObject)body.DeepClone()));
                }
            }
        }
    }
}
