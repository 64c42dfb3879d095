namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>Either wait and try again, or stop with an outcome.</summary>
internal sealed record RetryDecision(TimeSpan? Delay, ConnectorOutcome Outcome)
{
    public static RetryDecision After(TimeSpan delay) => new(delay, ConnectorOutcome.Ok);

    public static RetryDecision Stop(ConnectorOutcome outcome) => new(null, outcome);
}

/// <summary>
/// When a connector call is tried again (bot-protocol.md §5.12, §8.2). Reads and updates are
/// idempotent and retried on 412, 429, 502, 503 and 504. A post is retried only when the answer
/// proves it was not applied (429, 412) or the connection was never made; after a 5xx it may
/// have been delivered, so it ends as <see cref="ConnectorOutcome.OutcomeUnknown"/>.
/// </summary>
internal static class ConnectorRetry
{
    public const int MaxAttempts = 4;
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(60);

    public static RetryDecision ForStatus(HttpMethod method, int status, TimeSpan? retryAfter, int attempt)
    {
        var last = attempt >= MaxAttempts;
        return status switch
        {
            429 when retryAfter > MaxInlineWait || last => RetryDecision.Stop(ConnectorOutcome.Throttled),
            429 => RetryDecision.After(retryAfter ?? Backoff(attempt)),
            412 => last ? RetryDecision.Stop(ConnectorOutcome.Unavailable) : RetryDecision.After(Backoff(attempt)),
            502 or 503 or 504 when method == HttpMethod.Post => RetryDecision.Stop(ConnectorOutcome.OutcomeUnknown),
            502 or 503 or 504 => last ? RetryDecision.Stop(ConnectorOutcome.Unavailable) : RetryDecision.After(Backoff(attempt)),

            413 => RetryDecision.Stop(ConnectorOutcome.TooLarge),

            // 500 and anything unlisted is not retried (TD: "avoid retrying status codes that aren't specified").
            >= 500 when method == HttpMethod.Post => RetryDecision.Stop(ConnectorOutcome.OutcomeUnknown),
            _ => RetryDecision.Stop(ConnectorOutcome.Rejected),
        };
    }

    /// <summary>The request never reached the server (connection refused, name not resolved): always safe to retry.</summary>
    public static RetryDecision NotSent(int attempt) =>
        attempt >= MaxAttempts ? RetryDecision.Stop(ConnectorOutcome.Unavailable) : RetryDecision.After(Backoff(attempt));

    /// <summary>The request was sent but no answer came (timeout, reset).</summary>
    public static RetryDecision NoAnswer(HttpMethod method, int attempt) =>
        method == HttpMethod.Post ? RetryDecision.Stop(ConnectorOutcome.OutcomeUnknown) : NotSent(attempt);

    /// <summary>1 s, 2 s, 4 s … with ±20 % jitter so that many senders do not retry in step.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Pow(2, Math.Max(0, attempt - 1));
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromSeconds(seconds * jitter);
    }

    /// <summary>Retry-After as delta-seconds or an HTTP date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }
}
