using SomeTeams.Storage.Telemetry;

namespace SomeTeams.Functions.Telemetry;

internal static class FunctionsHealth
{
    /// <summary><c>GET /healthz</c>: 200 when storage answers (the functions can do nothing without it), else 503.</summary>
    public static WebApplication MapFunctionsHealth(this WebApplication app)
    {
        var mode = app.Configuration.Mode().ToString();
        app.MapGet("/healthz", async (StorageHealth health, CancellationToken cancellationToken) =>
            await health.IsStorageReachableAsync(cancellationToken).ConfigureAwait(false)
                ? Results.Ok(new { status = "ok", mode, storage = "reachable" })
                : Results.Json(new { status = "unavailable", mode, storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
