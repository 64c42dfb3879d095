namespace SomeTeams.Storage.Telemetry;

/// <summary><c>Telemetry:GaugeRefresh</c>: how old a gauge's storage reading may get before a collection refreshes it (default 30 s).</summary>
internal sealed record GaugeOptions(TimeSpan Refresh);
