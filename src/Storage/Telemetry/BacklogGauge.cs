using System.Diagnostics.Metrics;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Telemetry;
using SomeTeams.Storage.Cases;

namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// The backlog a manager watches: <c>someteams.cases.oldest_unclaimed.age</c> (seconds the oldest
/// New case has waited since its SLA clock started) and <c>someteams.cases.sla_breached</c> (open
/// cases past their due time). One scan of the open cases per refresh interval.
/// </summary>
internal sealed class BacklogGauge
{
    private readonly CachedReading<Backlog> reading;

    public BacklogGauge(IMeterFactory meters, CaseStore cases, GaugeOptions options, TimeProvider time)
    {
        reading = new(ct => ReadAsync(cases, time, ct), options.Refresh, time);
        var meter = meters.Create(SomeTeamsTelemetry.Name);
        meter.CreateObservableGauge(SomeTeamsMetrics.OldestUnclaimedName, () => Observe(r => r.OldestUnclaimedSeconds), "s", "Age of the oldest unclaimed case");
        meter.CreateObservableGauge(SomeTeamsMetrics.SlaBreachedName, () => Observe(r => r.Breached), "{case}", "Open cases past their SLA due time");
    }

    private IEnumerable<Measurement<double>> Observe(Func<Backlog, double> pick) =>
        reading.Current() is { } backlog ? [new(pick(backlog))] : [];

    private static async Task<Backlog> ReadAsync(CaseStore cases, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var oldest = TimeSpan.Zero;
        var breached = 0;
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (c.State == CaseState.New && now - c.SlaStartedAt > oldest)
            {
                oldest = now - c.SlaStartedAt;
            }

            if (c.DueAt < now)
            {
                breached++;
            }
        }

        return new Backlog(oldest.TotalSeconds, breached);
    }

    private sealed record Backlog(double OldestUnclaimedSeconds, double Breached);
}
