using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.Teams.BotFramework.Conversations;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>
/// <c>POST /api/messages</c> (bot-protocol.md §3.5): the token is checked before the body is read,
/// and a refused request gets an empty 401 with nothing of it processed; then the activity is
/// parsed (400 problem+json when malformed), its serviceUrl and channel are matched to the token,
/// the conversation reference is refreshed, and the router answers.
/// </summary>
internal static partial class MessagesEndpoint
{
    // Activities are small (Teams caps bot payloads near 256 KB); anything far larger is not one.
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, BotTokenValidator validator, LocalMode local, IOptions<BotAuthOptions> options,
        ConversationRegistry registry, ActivityRouter router, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var log = logs.CreateLogger(typeof(MessagesEndpoint));
        string? authorization = http.Request.Headers.Authorization;
        BotCaller? caller = null;
        if (!local.Enabled || !string.IsNullOrEmpty(authorization))
        {
            var check = await validator.ValidateAsync(authorization, cancellationToken).ConfigureAwait(false);
            if (check.Failure == AuthFailure.KeysUnavailable)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            if (check.Caller is null)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            caller = check.Caller;
        }

        var body = await ActivityBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Problem("The activity is larger than 1 MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");
        }

        var read = ActivityReader.Read(body);
        if (read.Activity is not { } activity)
        {
            LogMalformed(log);
            return Results.Problem(read.Problem, statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity");
        }

        var refusal = caller?.Admit(activity) ?? (IsLoopback(activity.ServiceUrl) ? AuthFailure.None : AuthFailure.ServiceUrlMismatch);
        if (refusal != AuthFailure.None)
        {
            LogRefused(log, activity.Id, refusal);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var allowed = options.Value.AllowedTenantIds;
        if (allowed.Count > 0 && !allowed.Contains(activity.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            LogForeignTenant(log, activity.Id);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        LogReceived(log, activity.Id, activity.Type, activity.Name);
        await registry.RecordAsync(activity, cancellationToken).ConfigureAwait(false);
        var result = await router.RouteAsync(activity, cancellationToken).ConfigureAwait(false);
        LogAnswered(log, activity.Id, result.StatusCode);
        return result.Body is { } invokeBody
            ? Results.Json(invokeBody, BotJson.Default.InvokeResponseBody, statusCode: result.StatusCode)
            : Results.StatusCode(result.StatusCode);
    }

    // Unauthenticated local mode talks to the Playground on this machine only.
    private static bool IsLoopback(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a malformed activity with 400")]
    private static partial void LogMalformed(ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity {ActivityId}: {Failure}")]
    private static partial void LogRefused(ILogger log, string? activityId, AuthFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity {ActivityId} from a tenant that is not allowed")]
    private static partial void LogForeignTenant(ILogger log, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} ({ActivityType} {InvokeName}) received")]
    private static partial void LogReceived(ILogger log, string? activityId, string activityType, string? invokeName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} answered {StatusCode}")]
    private static partial void LogAnswered(ILogger log, string? activityId, int statusCode);
}
