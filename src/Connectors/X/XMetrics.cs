using System.Diagnostics.Metrics;

namespace SomeTeams.Connectors.X;

/// <summary>
/// X is pay-per-use: every call is counted per account, for a poll (reads) and for an action
/// (writes cost more), token refreshes included (issue #5). The per-poll total also travels on
/// <see cref="FetchResult.Fetched.Calls"/>, the seam the host's own telemetry reads.
/// </summary>
internal sealed class XMetrics
{
    public const string MeterName = "SomeTeams.Connectors.X";

    private readonly Counter<int> calls;

    public XMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        calls = meter.CreateCounter<int>("someteams.connector.x.calls", "{call}", "HTTP calls made to X API v2");
    }

    public void Calls(SourceAccount account, int count, string operation = "poll")
    {
        if (count > 0)
        {
            calls.Add(count, new KeyValuePair<string, object?>("account", account.Id), new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
