using SomeTeams.Core.Crisis;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Crisis;

public sealed class SpikeRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly SpikeThreshold Threshold = new() { Window = TimeSpan.FromMinutes(5), BaselineSpan = TimeSpan.FromHours(3), Factor = 5, MinimumCount = 30, MinimumBaselinePerMinute = 0.5 };

    /// <summary><paramref name="count"/> mentions spread evenly over [from, to).</summary>
    private static IEnumerable<VolumeEntry> Spread(int count, TimeSpan from, TimeSpan to, Topic topic = Topic.Outage, string account = "fb-acme") =>
        Enumerable.Range(0, count).Select(i => new VolumeEntry(Now - from + ((from - to) * i / count), account, topic, $"case-{topic}-{account}-{from.TotalMinutes}-{i}"));

    private static IReadOnlyList<Spike> Find(IEnumerable<VolumeEntry> entries, IReadOnlyCollection<Cluster>? settled = null) =>
        SpikeRule.Find(entries, Now, Threshold, settled ?? []);

    [Fact]
    public void Find_QuietHistoryThenFlood_RaisesTheTopicOnly()
    {
        var entries = Spread(90, TimeSpan.FromHours(3.08), TimeSpan.FromMinutes(5)).Concat(Spread(100, TimeSpan.FromMinutes(4), TimeSpan.Zero));

        var spike = Assert.Single(Find(entries));

        Assert.Equal(Cluster.Of(Topic.Outage), spike.Cluster);
        Assert.Equal(100, spike.Count);
        Assert.Equal(20, spike.PerMinute, 3);
        Assert.Equal(0.5, spike.BaselinePerMinute, 3);
        Assert.Equal(Now - TimeSpan.FromMinutes(4), spike.Since);
        Assert.Equal(3, spike.SampleCaseIds.Count);
    }

    [Fact]
    public void Find_BelowTheFloor_IsNoSpike()
    {
        // 29 in five minutes is 5.8/min, far above a zero baseline, but under the absolute floor of 30.
        Assert.Empty(Find(Spread(29, TimeSpan.FromMinutes(5), TimeSpan.Zero)));
        Assert.Single(Find(Spread(30, TimeSpan.FromMinutes(5), TimeSpan.Zero)));
    }

    [Fact]
    public void Find_BusyClusterAtItsUsualRate_IsNoSpike()
    {
        // 10/min for three hours, 40/min now: four times the baseline, under the factor of five.
        var entries = Spread(1800, TimeSpan.FromHours(3.0833), TimeSpan.FromMinutes(5)).Concat(Spread(200, TimeSpan.FromMinutes(5), TimeSpan.Zero));

        Assert.Empty(Find(entries));
        Assert.Single(Find(entries.Concat(Spread(50, TimeSpan.FromMinutes(5), TimeSpan.Zero))));
    }

    [Fact]
    public void Find_AccountFloodOverManyTopics_RaisesTheAccount()
    {
        var topics = new[] { Topic.Billing, Topic.Login, Topic.Delivery, Topic.Other };
        var entries = topics.SelectMany(t => Spread(20, TimeSpan.FromMinutes(5), TimeSpan.Zero, t, "x-acme"));

        var spike = Assert.Single(Find(entries));

        Assert.Equal(Cluster.Account("x-acme"), spike.Cluster);
        Assert.Equal(80, spike.Count);
    }

    [Fact]
    public void Find_ClusterInCrisisOrCoolingDown_CountsNothingTwice()
    {
        var entries = Spread(200, TimeSpan.FromMinutes(5), TimeSpan.Zero).ToList();

        // The topic's crisis is on (or was just ended): the same flood does not come back as the account's.
        Assert.Empty(Find(entries, settled: [Cluster.Of(Topic.Outage)]));
        Assert.Empty(Find(entries, settled: [Cluster.Account("fb-acme")]));
    }

    [Fact]
    public void Find_SettledTopic_LeavesAnotherTopicsFloodOnTheAccount()
    {
        var entries = Spread(200, TimeSpan.FromMinutes(5), TimeSpan.Zero).Concat(Spread(60, TimeSpan.FromMinutes(5), TimeSpan.Zero, Topic.Billing)).ToList();

        Assert.Equal([Cluster.Of(Topic.Billing)], Find(entries, settled: [Cluster.Of(Topic.Outage)]).Select(s => s.Cluster));
    }

    [Fact]
    public void Find_EntriesOutsideTheSpans_AreIgnored()
    {
        var future = Spread(100, TimeSpan.Zero, TimeSpan.FromMinutes(-5));
        var ancient = Spread(1000, TimeSpan.FromHours(10), TimeSpan.FromHours(9));

        Assert.Empty(Find(future.Concat(ancient)));
    }
}
