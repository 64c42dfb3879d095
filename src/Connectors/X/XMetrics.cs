using System.Diagnostics.Metrics;

namespace SomeTeams.Connectors.X;

/// <summary>X is pay-per-use: every call of a poll is counted, per account (issue #5).</summary>
internal sealed class XMetrics
{
    private readonly Counter<int> calls;

    public XMetrics(IMeterFactory meters)
    {
        var meter = meters.Create("SomeTeams.Connectors.X");
        calls = meter.CreateCounter<int>("someteams.connector.x.calls", "{call}", "HTTP calls made to X API v2");
    }

    public void Calls(SourceAccount account, int count) =>
        calls.Add(count, new KeyValuePair<string, object?>("account", account.Id));
}
