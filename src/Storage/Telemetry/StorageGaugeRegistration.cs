using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace SomeTeams.Storage.Telemetry;

public static class StorageGaugeRegistration
{
    /// <summary>
    /// The storage gauges (queue depth, backlog, SLA breaches). One always-on host registers them
    /// (the bot), so the figures are not reported twice; they exist only while a meter provider runs.
    /// </summary>
    public static IServiceCollection AddStorageGauges(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.AddSingleton(new GaugeOptions(configuration.GetValue("Telemetry:GaugeRefresh", TimeSpan.FromSeconds(30))));
        services.AddSingleton<QueueDepthGauge>();
        services.AddSingleton<BacklogGauge>();
        services.ConfigureOpenTelemetryMeterProvider((sp, _) =>
        {
            sp.GetRequiredService<QueueDepthGauge>();
            sp.GetRequiredService<BacklogGauge>();
        });
        return services;
    }
}
