namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// The last reading of something costly (a storage round trip), for an observable instrument:
/// a collection gets the cached value at once and, when it is older than the refresh interval,
/// starts one refresh in the background. So a scrape never waits on storage and never sends
/// more than one read per interval, however often it comes.
/// </summary>
internal sealed class CachedReading<T>(Func<CancellationToken, Task<T>> read, TimeSpan refresh, TimeProvider time)
    where T : class
{
    private readonly Lock gate = new();
    private T? value;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;
    private Task? running;

    /// <summary>The latest value (null before the first read finished); refreshes in the background when stale.</summary>
    public T? Current()
    {
        lock (gate)
        {
            if (running is null && time.GetUtcNow() - readAt >= refresh)
            {
                running = RefreshAsync();
            }

            return value;
        }
    }

    private async Task RefreshAsync()
    {
        await Task.Yield();
        T? next = null;
        try
        {
            next = await read(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed read keeps the last value; the health endpoint reports storage outages.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        lock (gate)
        {
            value = next ?? value;
            readAt = time.GetUtcNow();
            running = null;
        }
    }
}
