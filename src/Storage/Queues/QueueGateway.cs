using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Storage.Queues;

/// <summary>
/// One work queue and its <c>-poison</c> twin, with the Functions queue-trigger conventions:
/// Base64 bodies, small JSON with ids only, receive with a visibility timeout, delete with the
/// pop receipt, and a poison queue that keeps the original body.
/// </summary>
public sealed partial class QueueGateway
{
    /// <summary>The Functions queue trigger's default: after this many deliveries a message goes to poison.</summary>
    public const int DefaultMaxDequeueCount = 5;

    private const int MaxBodyBytes = 48 * 1024;

    private readonly QueueClient _queue;
    private readonly QueueClient _poison;
    private readonly ILogger _logger;

    internal QueueGateway(StorageClients clients, string name, ILogger logger)
    {
        Name = name;
        _logger = logger;
        _poison = clients.Queue(StorageNames.Poison(name));
        var options = StorageClients.NewQueueOptions();
        // A body that is not Base64 (written by another tool) would otherwise throw on every
        // receive and block the queue; it goes to poison unchanged instead.
        options.MessageDecodingFailed += OnDecodingFailedAsync;
        _queue = clients.Queue(name, options);
    }

    public string Name { get; }

    public string PoisonName => _poison.Name;

    public Task SendAsync<T>(T message, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.Serialize(message, typeInfo), delay: null, cancellationToken);

    public Task SendAsync(string body, CancellationToken cancellationToken) => SendAsync(body, delay: null, cancellationToken);

    /// <summary>Sends <paramref name="body"/>, invisible for <paramref name="delay"/> first when given.</summary>
    public async Task SendAsync(string body, TimeSpan? delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        // 64 KiB per message after Base64 (4/3): anything near that is a bug, since messages carry ids only.
        if (System.Text.Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
        {
            throw new ArgumentException($"A message for {Name} is over {MaxBodyBytes} bytes; queue messages carry ids, not content.", nameof(body));
        }

        await _queue.SendMessageAsync(body, delay, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkItem>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var response = await _queue.ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken).ConfigureAwait(false);
        return [.. response.Value.Select(m => new WorkItem(m.MessageId, m.PopReceipt, m.Body.ToString(), m.DequeueCount, m.InsertedOn))];
    }

    /// <summary>Done with it. False when the receipt is stale: the timeout passed and someone else holds or finished it.</summary>
    public async Task<bool> DeleteAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await _queue.DeleteMessageAsync(item.MessageId, item.PopReceipt, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (IsStale(e))
        {
            return false;
        }
    }

    /// <summary>Hands the message back to be retried after <paramref name="delay"/>; returns the new receipt, or null when stale.</summary>
    public async Task<WorkItem?> RetryLaterAsync(WorkItem item, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            var response = await _queue.UpdateMessageAsync(item.MessageId, item.PopReceipt, visibilityTimeout: delay, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return item with { PopReceipt = response.Value.PopReceipt };
        }
        catch (RequestFailedException e) when (IsStale(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Moves the message to the poison queue with its original body. The copy is sent before the
    /// delete, so a crash in between leaves a duplicate in poison rather than losing the message.
    /// </summary>
    public async Task<bool> MoveToPoisonAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await _poison.SendMessageAsync(item.Body, cancellationToken).ConfigureAwait(false);
        LogPoisoned(_logger, Name, item.MessageId, item.DequeueCount);
        return await DeleteAsync(item, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ApproximateCountAsync(CancellationToken cancellationToken) =>
        (await _queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;

    // 404 MessageNotFound: the message is gone; 400 PopReceiptMismatch: someone received it
    // again after our visibility timeout ran out.
    private static bool IsStale(RequestFailedException e) =>
        e.Status == (int)HttpStatusCode.NotFound || e.ErrorCode == "PopReceiptMismatch";

    private async Task OnDecodingFailedAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message)
        {
            return;
        }

        // The poison client Base64-encodes the raw text, so it is kept exactly as it arrived.
        await _poison.SendMessageAsync(message.Body.ToString(), args.CancellationToken).ConfigureAwait(false);
        LogUndecodable(_logger, Name, message.MessageId);
        try
        {
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsStale(e))
        {
            // Another receiver moved it as well; poison holds a second copy, nothing is lost.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved message {MessageId} of queue {Queue} to poison after {DequeueCount} deliveries")]
    private static partial void LogPoisoned(ILogger logger, string queue, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved message {MessageId} of queue {Queue} to poison: its body is not Base64")]
    private static partial void LogUndecodable(ILogger logger, string queue, string messageId);
}
