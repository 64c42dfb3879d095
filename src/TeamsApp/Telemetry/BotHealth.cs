using SomeTeams.Storage.Telemetry;

namespace SomeTeams.TeamsApp.Telemetry;

internal static class BotHealth
{
    /// <summary><c>GET /healthz</c> (App Service's health check): 200 when storage answers — every click needs it — else 503.</summary>
    public static WebApplication MapBotHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (StorageHealth health, CancellationToken cancellationToken) =>
            await health.IsStorageReachableAsync(cancellationToken).ConfigureAwait(false)
                ? Results.Ok(new { status = "ok", storage = "reachable" })
                : Results.Json(new { status = "unavailable", storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
