using System.Diagnostics;

namespace SomeTeams.Core.Telemetry;

/// <summary>
/// The W3C <c>traceparent</c> a queue message carries, so the function that reads it continues
/// the trace that wrote it on either host (the custom handler sees only the message body).
/// </summary>
public static class TraceParent
{
    /// <summary>The current span as a traceparent, or null outside a trace (telemetry off: the message carries nothing).</summary>
    public static string? Current() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>The span context of <paramref name="traceparent"/>; default when it is missing or malformed (an old or foreign message).</summary>
    public static ActivityContext Parse(string? traceparent) =>
        ActivityContext.TryParse(traceparent, traceState: null, isRemote: true, out var context) ? context : default;
}
