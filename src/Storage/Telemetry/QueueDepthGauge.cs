using System.Diagnostics.Metrics;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// <c>someteams.queue.depth</c>: the approximate message count of every work queue and its poison
/// twin, tagged with the queue name, read at most once per <c>Telemetry:GaugeRefresh</c>.
/// </summary>
internal sealed class QueueDepthGauge
{
    private readonly CachedReading<IReadOnlyList<Measurement<int>>> reading;

    public QueueDepthGauge(IMeterFactory meters, StorageClients clients, GaugeOptions options, TimeProvider time)
    {
        reading = new(ct => ReadAsync(clients, ct), options.Refresh, time);
        meters.Create(SomeTeamsTelemetry.Name).CreateObservableGauge(
            SomeTeamsMetrics.QueueDepthName, () => reading.Current() ?? [], "{message}", "Messages waiting in a queue (approximate)");
    }

    private static async Task<IReadOnlyList<Measurement<int>>> ReadAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        var depths = new List<Measurement<int>>();
        foreach (var name in clients.Names.Queues)
        {
            var properties = await clients.Queue(name).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            depths.Add(new(properties.Value.ApproximateMessagesCount, new KeyValuePair<string, object?>(TraceTags.Queue, name)));
        }

        return depths;
    }
}
