using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Functions.Hosting.CustomHandler;

/// <summary>
/// The HTTP face the Azure Functions host talks to: a readiness answer on <c>GET /</c> and one
/// <c>POST /{FunctionName}</c> per function. A failed invocation answers non-2xx so the host
/// retries the queue message (and poisons it after maxDequeueCount).
/// </summary>
internal static partial class CustomHandlerEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    public static IEndpointRouteBuilder MapCustomHandler(this IEndpointRouteBuilder routes, IEnumerable<FunctionDefinition> functions)
    {
        // The host polls GET / until any answer arrives (hosting-infra.md §1.3).
        routes.MapGet("/", () => Results.Ok());
        foreach (var function in functions)
        {
            routes.MapPost("/" + function.Name, (HttpContext http, FunctionInvoker invoker, ILoggerFactory logs, TimeProvider clock) =>
                InvokeAsync(function, http, invoker, logs.CreateLogger(typeof(CustomHandlerEndpoints)), clock));
        }

        return routes;
    }

    private static async Task<IResult> InvokeAsync(FunctionDefinition function, HttpContext http, FunctionInvoker invoker, ILogger logger, TimeProvider clock)
    {
        InvocationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<InvocationRequest>(http.Request.Body, Json, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request?.Data is null)
        {
            return Results.Json(new InvocationResponse([], ["The invocation body is not the Functions host's {Data, Metadata} JSON."], null), Json, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            if (function.Trigger is FunctionTrigger.QueueMessageArrives)
            {
                var body = request.Value(function.TriggerBinding)?.ToJsonString() ?? "";
                await invoker.RunQueueAsync(function, new QueueMessage(request.MessageId, body, request.DequeueCount), http.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                var pastDue = request.Value(function.TriggerBinding)?["IsPastDue"]?.GetValue<bool>() ?? false;
                await invoker.RunTimerAsync(function, new TimerTick(clock.GetUtcNow(), pastDue), http.RequestAborted).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The function boundary: any failure becomes a non-2xx so the host retries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, function.Name, e);
            return Results.Json(new InvocationResponse([], [$"{function.Name} failed: {e.GetType().Name}"], null), Json, statusCode: StatusCodes.Status500InternalServerError);
        }

        return Results.Json(InvocationResponse.Done($"{function.Name} done"), Json);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed")]
    private static partial void LogFailed(ILogger logger, string function, Exception exception);
}
