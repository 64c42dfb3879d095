namespace SomeTeams.Functions.Hosting.Embedded;

/// <summary>
/// The queue-trigger settings of host.json, for the embedded runner; the defaults match the
/// committed host.json so both hosts behave alike.
/// </summary>
public sealed class EmbeddedRunnerOptions
{
    public const string Section = "Runner";

    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// A new batch is fetched once no more than this many messages are still running (host.json's
    /// newBatchThreshold); by default half the batch size, as in the Functions host.
    /// </summary>
    public int? NewBatchThreshold { get; set; }

    /// <summary>How long a received message stays hidden while a function works on it; renewed at half-time.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed message waits before its next try (host.json's visibilityTimeout).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After this many failed deliveries a message moves to its <c>-poison</c> queue.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>The longest wait between polls of an empty queue; polling backs off up to it.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Run timers (false for a worker that only drains queues).</summary>
    public bool RunTimers { get; set; } = true;
}
