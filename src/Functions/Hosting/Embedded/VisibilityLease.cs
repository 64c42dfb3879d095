using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Hosting.Embedded;

/// <summary>
/// Keeps a received message hidden while its function runs, as the Functions host does, by
/// extending its visibility at half the timeout. Each extension changes the pop receipt, so
/// the current <see cref="WorkItem"/> is what must be used to delete or retry it.
/// </summary>
internal sealed class VisibilityLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewals;
    private WorkItem? _current;

    /// <param name="hostStopping">Renewals end when the host stops, as they would in a crash.</param>
    public VisibilityLease(QueueGateway queue, WorkItem item, TimeSpan timeout, TimeProvider time, CancellationToken hostStopping)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
        _current = item;
        _renewals = RenewAsync(queue, timeout, time);
    }

    /// <summary>Stops renewing; the message as it now stands, or null when it was lost to another receiver.</summary>
    public async Task<WorkItem?> StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewals.ConfigureAwait(false);
        }

        return _current;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RenewAsync(QueueGateway queue, TimeSpan timeout, TimeProvider time)
    {
        try
        {
            while (_current is not null)
            {
                await Task.Delay(timeout / 2, time, _stop.Token).ConfigureAwait(false);
                _current = await queue.RetryLaterAsync(_current, timeout, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The function finished.
        }
    }
}
