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
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<WorkItem> batch;
            try
            {
                batch = await queue.ReceiveAsync(_options.BatchSize, _options.VisibilityTimeout, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Storage outages must not kill the listener; it retries after the poll interval.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogReceiveFailed(logger, queue.Name, e);
                batch = [];
            }

            if (batch.Count == 0)
            {
                await DelayAsync(idle, stoppingToken).ConfigureAwait(false);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxPollingInterval.Ticks));
                continue;
            }

            idle = TimeSpan.FromMilliseconds(50);
            // Invocations run to the end even when shutdown begins (stopping mid-call is what a crash
            // does); only the visibility renewals stop, so an unfinished message returns to the queue.
            await Task.WhenAll(batch.Select(item => ProcessAsync(item, stoppingToken))).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} failed on message {MessageId} (delivery {DequeueCount})")]
    private static partial void LogInvocationFailed(ILogger logger, string function, string messageId, long dequeueCount, Exception exception);
}
