using System.Diagnostics;
using System.Text.Json;
using SomeTeams.Core.Telemetry;
using SomeTeams.Functions.Hosting;

namespace SomeTeams.Functions.Telemetry;

/// <summary>
/// One span per function invocation, the same on both hosts. A queue function continues the
/// trace of the message's <c>traceparent</c> (and links the host's request when the custom
/// handler runs it); a message without one (older, or written with telemetry off) continues
/// whatever is current. A timer starts a trace, or continues the host's request.
/// </summary>
internal static class FunctionSpans
{
    public static Activity? StartQueue(FunctionDefinition function, QueueMessage message)
    {
        var parent = TraceParent.Parse(ReadTraceParent(message.Body));
        ActivityLink[]? links = parent != default && Activity.Current is { } request ? [new ActivityLink(request.Context)] : null;
        var span = SomeTeamsTelemetry.Source.StartActivity(function.Name, ActivityKind.Consumer, parent, links: links);
        span?.SetTag(TraceTags.Function, function.Name);
        span?.SetTag(TraceTags.MessageId, message.Id);
        return span;
    }

    public static Activity? StartTimer(FunctionDefinition function) =>
        SomeTeamsTelemetry.Source.StartActivity(function.Name, ActivityKind.Internal)?.SetTag(TraceTags.Function, function.Name);

    /// <summary>Runs the invocation and records how it ended on <paramref name="span"/>; the failure still fails the delivery.</summary>
    public static async Task RunAsync(Activity? span, Func<Task> invocation)
    {
        try
        {
            await invocation().ConfigureAwait(false);
            if (span?.GetTagItem(TraceTags.Outcome) is null)
            {
                // The function's own outcome (card created, Done, RateLimited…) wins when it set one.
                span?.SetTag(TraceTags.Outcome, "done");
            }
        }
        catch (Exception e)
        {
            span?.SetTag(TraceTags.Outcome, "failed").SetTag(TraceTags.ErrorType, e.GetType().Name);
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    private static string? ReadTraceParent(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("traceparent", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            // A malformed body fails in the function itself, where it is poisoned.
            return null;
        }
    }
}
