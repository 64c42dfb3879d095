using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Teams.Tests.Telemetry;

/// <summary>Counting process-wide metrics: these tests run alone (see <see cref="SerialTelemetry"/>).</summary>
[CollectionDefinition(SerialTelemetry.Collection, DisableParallelization = true)]
public sealed class SerialTelemetryDefinition;
