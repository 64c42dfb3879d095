using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.Storage.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    // ASP.NET Core and HttpClient trace and meter themselves (no instrumentation package needed):
    // incoming requests continue the caller's traceparent, outgoing calls become child spans.
    private static readonly string[] Sources = [SomeTeamsTelemetry.Name, "Microsoft.AspNetCore", "System.Net.Http"];
    private static readonly string[] Meters = [SomeTeamsTelemetry.Name, SomeTeamsTelemetry.Name + ".*", "Microsoft.AspNetCore.Hosting", "System.Net.Http"];

    /// <summary>
    /// OpenTelemetry traces and metrics of SomeTeams for both hosts. The sources, meters and
    /// sampler are always configured; a provider is started only when an exporter is configured
    /// (<see cref="TelemetryExporters"/>), so with none nothing is collected.
    /// </summary>
    public static IServiceCollection AddSomeTeamsTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.ConfigureOpenTelemetryTracerProvider(t => t
            .ConfigureResource(r => r.AddService(serviceName))
            .AddSource(Sources)
            .SetSampler(new RootHttpCallSampler()));
        services.ConfigureOpenTelemetryMeterProvider(m => m
            .ConfigureResource(r => r.AddService(serviceName))
            .AddMeter(Meters));

        var exporters = TelemetryExporters.From(configuration);
        if (exporters.Any)
        {
            services.AddOpenTelemetry()
                .WithTracing(exporters.AddTo)
                .WithMetrics(exporters.AddTo)
                .WithLogging(exporters.AddTo);
        }

        return services;
    }
}
