namespace SomeTeams.Connectors;

/// <summary>The meters the connectors record on, for a host's metrics exporter to subscribe to (AddMeter).</summary>
public static class ConnectorMeters
{
    /// <summary>X's pay-per-use call counter: <c>someteams.connector.x.calls</c>, tagged by account and operation (poll, action).</summary>
    public const string X = global::SomeTeams.Connectors.X.XMetrics.MeterName;

    public static IReadOnlyList<string> Names { get; } = [X];
}
