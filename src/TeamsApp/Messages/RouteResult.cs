using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>The HTTP answer to an activity: a bare status, or an invoke response body.</summary>
internal sealed record RouteResult(int StatusCode, InvokeResponseBody? Body = null)
{
    public static readonly RouteResult Acknowledged = new(StatusCodes.Status200OK);

    /// <summary>HTTP 200 with the body, except a handler's 400 (the action's data is unusable), which is HTTP 400 too, as for a malformed invoke.</summary>
    public static RouteResult Invoke(InvokeResponseBody body) =>
        new(body?.StatusCode == StatusCodes.Status400BadRequest && body.Type == InvokeResponseBody.ErrorType ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, body);

    /// <summary>A malformed or unknown invoke: HTTP 400 with the Universal Actions error body, never a 5xx.</summary>
    public static RouteResult BadInvoke(string code, string message) =>
        new(StatusCodes.Status400BadRequest, InvokeResponseBody.Error(StatusCodes.Status400BadRequest, code, message));
}
