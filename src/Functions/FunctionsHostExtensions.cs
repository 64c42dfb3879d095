using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Hosting.CustomHandler;
using SomeTeams.Functions.Hosting.Embedded;
using SomeTeams.Storage;

namespace SomeTeams.Functions;

public static class FunctionsHostExtensions
{
    public static WorkerMode Mode(this IConfiguration configuration) =>
        configuration.GetValue("Worker:Mode", WorkerMode.Embedded);

    /// <summary>The functions and what they need; the embedded runner too unless the Functions host triggers them.</summary>
    public static WebApplicationBuilder AddFunctionsHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (configuration.Mode() == WorkerMode.FunctionsCustomHandler)
        {
            // The host picks a free loopback port and passes it in the environment (§1.3).
            var port = configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]
                ?? throw new InvalidOperationException("Worker:Mode is FunctionsCustomHandler but FUNCTIONS_CUSTOMHANDLER_PORT is not set: the Azure Functions host starts this process.");
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(configuration);
        builder.Services.AddSingleton<FunctionInvoker>();
        foreach (var function in FunctionCatalog.All)
        {
            builder.Services.AddScoped(function.Implementation);
        }

        if (configuration.Mode() == WorkerMode.Embedded)
        {
            builder.Services.AddEmbeddedRunner(configuration, FunctionCatalog.All);
        }

        return builder;
    }

    public static WebApplication MapFunctionsHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok", mode = app.Configuration.Mode().ToString() }));
        if (app.Configuration.Mode() == WorkerMode.FunctionsCustomHandler)
        {
            app.MapCustomHandler(FunctionCatalog.All);
        }

        return app;
    }
}
