using SomeTeams.Connectors;
using SomeTeams.Connectors.Health;
using SomeTeams.Core.Triage;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Crisis;
using SomeTeams.Functions.Demo;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Hosting.CustomHandler;
using SomeTeams.Functions.Hosting.Embedded;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Shifts;
using SomeTeams.Functions.Telemetry;
using SomeTeams.Functions.Webhooks;
using SomeTeams.Storage;
using SomeTeams.Storage.Telemetry;
using SomeTeams.Teams;

namespace SomeTeams.Functions;

public static class FunctionsHostExtensions
{
    public static WorkerMode Mode(this IConfiguration configuration) =>
        configuration.GetValue("Worker:Mode", WorkerMode.Embedded);

    /// <summary>The catalog with this host's settings applied: <c>Poll:Schedule</c> replaces the poll timer's schedule (embedded runner only; function.json keeps the committed one).</summary>
    public static IReadOnlyList<FunctionDefinition> Functions(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var schedule = configuration["Poll:Schedule"];
        return [.. FunctionCatalog.All.Select(f => f.Implementation == typeof(PollSources) && !string.IsNullOrWhiteSpace(schedule)
            ? f with { Trigger = new FunctionTrigger.TimerFires(CronSchedule.Parse(schedule).Expression) }
            : f)];
    }

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
        builder.Services.AddSomeTeamsTelemetry(configuration, "someteams-functions");
        builder.Services.AddPipeline(configuration);
        builder.Services.AddSingleton<FunctionInvoker>();
        foreach (var function in FunctionCatalog.All)
        {
            builder.Services.AddScoped(function.Implementation);
        }

        if (configuration.Mode() == WorkerMode.Embedded)
        {
            builder.Services.AddEmbeddedRunner(configuration, configuration.Functions());
        }

        return builder;
    }

    /// <summary>What the functions share: connectors, triage and the team's policies, the intake and the effects.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDemoActivity(configuration);
        services.AddConnectors(configuration);
        services.AddAccountHealth(configuration);
        services.AddSingleton<AdminAlerts>();
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section));
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton(Triager.Default);
        services.AddSingleton(PipelinePolicies.Routing(configuration));
        services.AddSingleton(PipelinePolicies.Sla(configuration));
        services.AddSingleton<CaseOpener>();
        services.AddSingleton<CaseEffects>();
        services.AddSingleton<MentionIntake>();
        services.AddSingleton<PollerIdentity>();
        services.AddTeams(configuration);
        services.AddSingleton(CardChannels.From(configuration));
        services.AddShifts(configuration);
        services.AddCrisisMode(configuration);
        return services;
    }

    public static WebApplication MapFunctionsHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapFunctionsHealth();
        app.MapWebhooks();
        app.MapDemoPages();
        if (app.Configuration.Mode() == WorkerMode.FunctionsCustomHandler)
        {
            app.MapCustomHandler(FunctionCatalog.All);
        }

        return app;
    }
}
