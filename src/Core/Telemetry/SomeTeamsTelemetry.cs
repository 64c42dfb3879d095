using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SomeTeams.Core.Telemetry;

/// <summary>
/// The one trace source and meter of the app, both named <see cref="Name"/>. They live in Core
/// because every project references it, and System.Diagnostics is part of the framework; the
/// exporters are wired by the hosts (<c>AddSomeTeamsTelemetry</c>).
/// </summary>
public static class SomeTeamsTelemetry
{
    public const string Name = "SomeTeams";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);
}
