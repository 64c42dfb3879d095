using Microsoft.Extensions.Options;
using SomeTeams.Core.Crisis;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Crisis;
using SomeTeams.Storage.Leases;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// Timer: finds spikes in the volume of an account or a topic against its baseline
/// (<see cref="SpikeRule"/>), raises each as one crisis (compare-and-swap per cluster, so
/// overlapping runs and retries raise it once), and brings the crisis cards and the grouped cards
/// up to date — one write per card per run at most, which is how grouped updates coalesce. A
/// lease keeps one run at a time, so a card is never posted twice by two runs.
/// </summary>
public sealed partial class SpikeDetector(
    CrisisStore store, ActiveCrises active, CrisisBoard board, StatementFanOut statements, LeaseStore leases, PollerIdentity identity,
    IOptions<CrisisOptions> options, TimeProvider time, ILogger<SpikeDetector> logger) : ITimerFunction
{
    public const string DefaultSchedule = "*/15 * * * * *";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var lease = await leases.TryAcquireAsync("spike-detector", $"{identity.Id}-{Guid.NewGuid():N}", options.Value.RunLease, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogBusy(logger);
            return;
        }

        try
        {
            await RaiseAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var periods = await store.ListPeriodsAsync(cancellationToken).ConfigureAwait(false);

            // Before the repaint, so the grouped cards show this run's progress.
            await statements.RunAsync(periods, cancellationToken).ConfigureAwait(false);
            foreach (var stored in periods)
            {
                // Ended crises are repainted for a while, so their cards say so; older ones are left alone.
                if (stored.Period.EndedAt is not { } ended || now - ended < options.Value.BaselineSpan)
                {
                    await board.ShowAsync(stored, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task RaiseAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var threshold = options.Value.Threshold;
        var periods = await store.ListPeriodsAsync(cancellationToken).ConfigureAwait(false);
        var latest = periods.ToDictionary(p => p.Period.Cluster);
        var from = now - threshold.Window - threshold.BaselineSpan;
        await store.PruneVolumeAsync(from.AddMinutes(-1), cancellationToken).ConfigureAwait(false);
        var volume = await store.ReadVolumeAsync(from, now, cancellationToken).ConfigureAwait(false);
        var settled = periods.Where(p => !CrisisPeriod.MayRaise(p.Period, now, threshold)).Select(p => p.Period.Cluster).ToList();
        var spikes = SpikeRule.Find(volume, now, threshold, settled);
        foreach (var spike in spikes)
        {
            var period = CrisisPeriod.Raise(spike, now);
            if (await store.TryRaiseAsync(period, latest.GetValueOrDefault(spike.Cluster), cancellationToken).ConfigureAwait(false))
            {
                active.Invalidate();
                LogRaised(logger, period.Id, spike.Count, spike.PerMinute, spike.BaselinePerMinute);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis {CrisisId} raised: {Count} mentions, {PerMinute:0.#}/min against a baseline of {Baseline:0.##}/min")]
    private static partial void LogRaised(ILogger logger, string crisisId, int count, double perMinute, double baseline);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Spike detector: another run holds the lease")]
    private static partial void LogBusy(ILogger logger);
}
