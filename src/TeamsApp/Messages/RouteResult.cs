using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>The HTTP answer to an activity: a bare status, or an invoke response body.</summary>
internal sealed record RouteResult(int StatusCode, InvokeResponseBody? Body = null)
{
    public static readonly RouteResult Acknowledged = new(StatusCodes.Status200OK);

    public static RouteResult Invoke(InvokeResponseBody body) => new(StatusCodes.Status200OK, body);

    /// <summary>A malformed or unknown invoke: HTTP 400 with the Universal Actions error body, never a 5xx.</summary>
    public static RouteResult BadInvoke(string code, string message) =>
        new(StatusCodes.Status400BadRequest, InvokeResponseBody.Error(StatusCodes.Status400BadRequest, code, message));
}
