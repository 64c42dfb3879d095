using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SomeTeams.Storage.Telemetry;

namespace SomeTeams.Storage.Tests.Telemetry;

public sealed class TelemetryConfigurationTests
{
    [Fact]
    public void AddSomeTeamsTelemetry_NoExporterConfigured_StartsNoProvider()
    {
        using var provider = Build([]);

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("Telemetry:Console", "true")]
    [InlineData("Telemetry:Otlp", "http://127.0.0.1:4317")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    public void AddSomeTeamsTelemetry_OneExporterConfigured_StartsBothProviders(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void AddSomeTeamsTelemetry_OtlpKeyNotAUri_FailsWithTheKeyNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Telemetry:Otlp"] = "collector:4317" }));

        Assert.Contains("Telemetry:Otlp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credential_AuthenticationStringAsTheBicepSetsIt_IsThatUserAssignedIdentity()
    {
        Assert.IsType<ManagedIdentityCredential>(TelemetryExporters.Credential("Authorization=AAD;ClientId=5a9c6d2e-0000-4000-8000-000000000001"));
        Assert.IsType<ManagedIdentityCredential>(TelemetryExporters.Credential("ClientId=5a9c6d2e-0000-4000-8000-000000000001;Authorization=AAD"));
        Assert.IsType<DefaultAzureCredential>(TelemetryExporters.Credential("Authorization=AAD"));
        Assert.Null(TelemetryExporters.Credential(null));
        Assert.Null(TelemetryExporters.Credential("Authorization=Key"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSomeTeamsTelemetry(configuration, "someteams-tests").BuildServiceProvider();
    }
}
