using Microsoft.Extensions.Logging;

namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// What <c>/healthz</c> answers: whether storage answers a cheap read (the mentions queue's
/// properties) within a few seconds. The result is kept for a few seconds, so a busy probe costs
/// at most one read per interval.
/// </summary>
public sealed partial class StorageHealth(StorageClients clients, TimeProvider time, ILogger<StorageHealth> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3), Keep = TimeSpan.FromSeconds(5);
    private (bool Reachable, DateTimeOffset At)? last;

    public async Task<bool> IsStorageReachableAsync(CancellationToken cancellationToken)
    {
        if (last is { } known && time.GetUtcNow() - known.At < Keep)
        {
            return known.Reachable;
        }

        using var limit = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        bool reachable;
        // Any failure (a refusal, a transport error after the SDK's retries, the time limit) means unreachable.
        try
        {
            await clients.Queue(clients.Names.MentionsQueue).GetPropertiesAsync(linked.Token).ConfigureAwait(false);
            reachable = true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, e.GetType().Name);
            reachable = false;
        }

        last = (reachable, time.GetUtcNow());
        return reachable;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage did not answer ({ErrorType})")]
    private static partial void LogUnreachable(ILogger logger, string errorType);
}
