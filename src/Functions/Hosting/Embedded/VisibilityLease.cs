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
    private readonly CancellationToken _hostStopping;
    private readonly Task _renewals;
    private WorkItem? _current;

    /// <param name="hostStopping">Renewals end when the host stops, as they would in a crash.</param>
    public VisibilityLease(QueueGateway queue, WorkItem item, TimeSpan timeout, TimeProvider time, CancellationToken hostStopping)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
        _hostStopping = hostStopping;
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

                // A renewal already sent is waited for, not cut off, when the function finishes: if it
                // landed, only its new receipt can delete the message.
                _current = await queue.RetryLaterAsync(_current, timeout, _hostStopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The function finished, or the host is stopping.
        }
#pragma warning disable CA1031 // A renewal storage refused: the message may reappear and be delivered again, which every function tolerates.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Stop renewing and keep the receipt we have; a stale one makes the delete report it.
        }
    }
}
