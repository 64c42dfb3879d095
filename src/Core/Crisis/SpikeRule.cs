using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Crisis;

/// <summary>
/// Finds the clusters whose volume is a spike (<see cref="SpikeThreshold"/>). Mentions of a cluster
/// in an active crisis, or cooling down after one, are not counted again (a flood a manager just
/// ended must not come back as its account's crisis), and topics are judged before accounts: a
/// flood about one topic on one account raises one crisis (the topic), not a second for the
/// account, unless the account also spikes with what is left.
/// </summary>
public static class SpikeRule
{
    public const int Samples = 3;

    /// <param name="entries">Volume from at least <c>now − Window − BaselineSpan</c>; older or future entries are ignored.</param>
    /// <param name="settled">Clusters that may not raise now: in an active crisis or cooling down (<see cref="CrisisPeriod.MayRaise"/>).</param>
    public static IReadOnlyList<Spike> Find(IEnumerable<VolumeEntry> entries, DateTimeOffset now, SpikeThreshold threshold, IReadOnlyCollection<Cluster> settled)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(settled);
        var windowStart = now - threshold.Window;
        var baselineStart = windowStart - threshold.BaselineSpan;
        var covered = settled.ToList();
        var open = entries.Where(e => e.At >= baselineStart && e.At < now && !covered.Exists(c => c.Contains(e.AccountId, e.Topic))).ToList();

        var spikes = new List<Spike>();
        foreach (var byTopic in open.Where(e => e.Topic != Topic.Other).GroupBy(e => e.Topic).OrderBy(g => g.Key))
        {
            Judge(Cluster.Of(byTopic.Key), byTopic);
        }

        var left = open.Where(e => !spikes.Exists(s => s.Cluster.Contains(e.AccountId, e.Topic))).ToList();
        foreach (var byAccount in left.GroupBy(e => e.AccountId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Judge(Cluster.Account(byAccount.Key), byAccount);
        }

        return spikes;

        void Judge(Cluster cluster, IEnumerable<VolumeEntry> volume)
        {
            var recent = volume.Where(e => e.At >= windowStart).OrderBy(e => e.At).ToList();
            var baselineCount = volume.Count(e => e.At < windowStart);
            var perMinute = recent.Count / threshold.Window.TotalMinutes;
            var baseline = baselineCount / threshold.BaselineSpan.TotalMinutes;
            if (recent.Count >= threshold.MinimumCount
                && perMinute >= threshold.Factor * Math.Max(baseline, threshold.MinimumBaselinePerMinute))
            {
                var samples = recent.TakeLast(Samples).Select(e => e.CaseId).Reverse().ToList();
                spikes.Add(new Spike(cluster, recent[0].At, recent.Count, perMinute, baseline, samples));
            }
        }
    }
}
