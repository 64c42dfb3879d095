using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// Where telemetry goes, from configuration: Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with Entra ID when
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> says <c>Authorization=AAD</c>, as the Bicep
/// sets it: the resource has local auth off); OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>Telemetry:Otlp</c> is set; the console when <c>Telemetry:Console</c> is true.
/// </summary>
internal sealed record TelemetryExporters(string? AppInsights, TokenCredential? AppInsightsCredential, Uri? Otlp, bool OtlpFromEnvironment, bool Console)
{
    public bool Any => AppInsights is not null || Otlp is not null || OtlpFromEnvironment || Console;

    public static TelemetryExporters From(IConfiguration configuration)
    {
        var appInsights = NonEmpty(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var otlp = NonEmpty(configuration["Telemetry:Otlp"]);
        Uri? otlpUri = null;
        if (otlp is not null && (!Uri.TryCreate(otlp, UriKind.Absolute, out otlpUri) || otlpUri.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException("Telemetry:Otlp must be an absolute URI such as http://127.0.0.1:4317.");
        }

        return new TelemetryExporters(
            appInsights,
            appInsights is null ? null : Credential(configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]),
            otlpUri,
            otlpUri is null && NonEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is not null,
            configuration.GetValue("Telemetry:Console", false));
    }

    public void AddTo(TracerProviderBuilder tracing)
    {
        if (AppInsights is not null)
        {
            tracing.AddAzureMonitorTraceExporter(Monitor);
        }

        if (Otlp is not null || OtlpFromEnvironment)
        {
            tracing.AddOtlpExporter(Endpoint);
        }

        if (Console)
        {
            tracing.AddConsoleExporter();
        }
    }

    public void AddTo(MeterProviderBuilder metrics)
    {
        if (AppInsights is not null)
        {
            metrics.AddAzureMonitorMetricExporter(Monitor);
        }

        if (Otlp is not null || OtlpFromEnvironment)
        {
            metrics.AddOtlpExporter(Endpoint);
        }

        if (Console)
        {
            metrics.AddConsoleExporter();
        }
    }

    /// <summary>Logs go to the remote backends only; the console already has the host's logger.</summary>
    public void AddTo(LoggerProviderBuilder logging)
    {
        if (AppInsights is not null)
        {
            logging.AddAzureMonitorLogExporter(Monitor);
        }

        if (Otlp is not null || OtlpFromEnvironment)
        {
            logging.AddOtlpExporter(Endpoint);
        }
    }

    private void Monitor(AzureMonitorExporterOptions options)
    {
        options.ConnectionString = AppInsights;
        options.Credential = AppInsightsCredential;
    }

    // Without Telemetry:Otlp the exporter reads OTEL_EXPORTER_OTLP_* itself.
    private void Endpoint(OtlpExporterOptions options)
    {
        if (Otlp is not null)
        {
            options.Endpoint = Otlp;
        }
    }

    /// <summary><c>Authorization=AAD;ClientId=…</c> → that user-assigned identity; <c>Authorization=AAD</c> alone → the default chain; else keys (null).</summary>
    internal static TokenCredential? Credential(string? authentication)
    {
        var parts = (authentication ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var kind) || !kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
