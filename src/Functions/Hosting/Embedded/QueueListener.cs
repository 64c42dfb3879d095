using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Hosting.Embedded;

/// <summary>
/// Drains one queue into one function with the Azure Functions queue-trigger semantics: batches,
/// a visibility timeout renewed while the function runs, delete on success, retry after a delay
/// on failure, and <c>&lt;queue&gt;-poison</c> after <see cref="EmbeddedRunnerOptions.MaxDequeueCount"/>
/// deliveries. On shutdown it stops receiving and lets running invocations finish; a message cut
/// off by a crash comes back after its timeout, and the functions are idempotent.
/// </summary>
internal sealed partial class QueueListener(
    FunctionDefinition function,
    QueueGateway queue,
    FunctionInvoker invoker,
    IOptions<EmbeddedRunnerOptions> options,
    TimeProvider time,
    ILogger<QueueListener> logger) : BackgroundService
{
    private readonly EmbeddedRunnerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // As the Functions host does: up to BatchSize + NewBatchThreshold messages run at once, and a
        // new batch is fetched as soon as no more than NewBatchThreshold are still running, so one
        // slow invocation (a card waiting for Teams' pacing) never holds up the rest of its batch.
        var threshold = Math.Clamp(_options.NewBatchThreshold ?? (_options.BatchSize / 2), 0, _options.BatchSize);
        var running = new HashSet<Task>();
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            while (running.Count > threshold)
            {
                running.Remove(await Task.WhenAny(running).ConfigureAwait(false));
            }

            var batch = await ReceiveAsync(stoppingToken).ConfigureAwait(false);
            if (batch is null)
            {
                break;
            }

            if (batch.Count == 0)
            {
                // Nothing new: wait for the poll interval, or less when a running invocation finishes first.
                var delay = DelayAsync(idle, stoppingToken);
                running.RemoveWhere(t => t.IsCompleted);
                await (running.Count == 0 ? delay : Task.WhenAny(running.Append(delay))).ConfigureAwait(false);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxPollingInterval.Ticks));
                continue;
            }

            idle = TimeSpan.FromMilliseconds(50);
            // Invocations run to the end even when shutdown begins (stopping mid-call is what a crash
            // does); only the visibility renewals stop, so an unfinished message returns to the queue.
            foreach (var item in batch)
            {
                running.Add(ProcessGuardedAsync(item, stoppingToken));
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>The next batch (empty when the queue is empty or unreachable); null when shutting down.</summary>
    private async Task<IReadOnlyList<WorkItem>?> ReceiveAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await queue.ReceiveAsync(_options.BatchSize, _options.VisibilityTimeout, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // Storage outages must not kill the listener; it retries after the poll interval.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogReceiveFailed(logger, queue.Name, e);
            return [];
        }
    }

    private async Task ProcessGuardedAsync(WorkItem item, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A delete or retry that storage refused: the message comes back after its timeout, and the function is idempotent.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogSettleFailed(logger, queue.Name, item.MessageId, e);
        }
    }

    private async Task ProcessAsync(WorkItem item, CancellationToken stoppingToken)
    {
        var cancellationToken = CancellationToken.None;
        if (item.DequeueCount > _options.MaxDequeueCount)
        {
            await queue.MoveToPoisonAsync(item, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var lease = new VisibilityLease(queue, item, _options.VisibilityTimeout, time, stoppingToken);
        try
        {
            await invoker.RunQueueAsync(function, new QueueMessage(item.MessageId, item.Body, item.DequeueCount), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The function boundary: a failure is a failed delivery, retried or poisoned.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogInvocationFailed(logger, function.Name, item.MessageId, item.DequeueCount, e);
            var current = await lease.StopAsync().ConfigureAwait(false);
            if (current is null)
            {
                return;
            }

            if (current.DequeueCount >= _options.MaxDequeueCount)
            {
                await queue.MoveToPoisonAsync(current, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await queue.RetryLaterAsync(current, _options.RetryDelay, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (await lease.StopAsync().ConfigureAwait(false) is { } done)
        {
            await queue.DeleteAsync(done, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from queue {Queue} failed")]
    private static partial void LogReceiveFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settling message {MessageId} of queue {Queue} failed; it returns after its visibility timeout")]
    private static partial void LogSettleFailed(ILogger logger, string queue, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} failed on message {MessageId} (delivery {DequeueCount})")]
    private static partial void LogInvocationFailed(ILogger logger, string function, string messageId, long dequeueCount, Exception exception);
}
