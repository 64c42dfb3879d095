using SomeTeams.Core.Crisis;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Crisis;

public sealed class CrisisPeriodTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly Spike Outage = new(Cluster.Of(Topic.Outage), Now.AddMinutes(-4), 120, 24, 0.2, ["c3", "c2", "c1"]);

    [Fact]
    public void Raise_Spike_NamesTheClusterAndTheMinute()
    {
        var crisis = CrisisPeriod.Raise(Outage, Now);

        Assert.Equal("topic:outage@20261123T100000", crisis.Id);
        Assert.True(crisis.IsActive);
        Assert.Equal(["c3", "c2", "c1"], crisis.SampleCaseIds);
    }

    [Fact]
    public void MayRaise_ActiveOrCoolingDown_IsRefused()
    {
        var threshold = new SpikeThreshold { Cooldown = TimeSpan.FromMinutes(30) };
        var active = CrisisPeriod.Raise(Outage, Now.AddHours(-1));
        var ended = active with { EndedAt = Now.AddMinutes(-10), EndedBy = "Maija" };

        Assert.True(CrisisPeriod.MayRaise(null, Now, threshold));
        Assert.False(CrisisPeriod.MayRaise(active, Now, threshold));
        Assert.False(CrisisPeriod.MayRaise(ended, Now, threshold));
        Assert.True(CrisisPeriod.MayRaise(ended, Now.AddMinutes(20), threshold));
    }

    [Fact]
    public void Covering_MentionOfTheCluster_FindsTheOldestActiveCrisis()
    {
        var topic = CrisisPeriod.Raise(Outage, Now.AddMinutes(-5));
        var account = CrisisPeriod.Raise(Outage with { Cluster = Cluster.Account("fb-acme") }, Now);
        var ended = CrisisPeriod.Raise(Outage with { Cluster = Cluster.Of(Topic.Billing) }, Now.AddMinutes(-9)) with { EndedAt = Now };

        Assert.Equal(topic, CrisisPeriod.Covering([account, topic, ended], "fb-acme", Topic.Outage));
        Assert.Equal(account, CrisisPeriod.Covering([account, topic, ended], "fb-acme", Topic.Billing));
        Assert.Null(CrisisPeriod.Covering([account, topic, ended], "x-acme", Topic.Billing));
    }

    [Theory]
    [InlineData("topic:outage", ClusterKind.Topic, "outage")]
    [InlineData("account:fb-acme", ClusterKind.Account, "fb-acme")]
    [InlineData("account:a:b", ClusterKind.Account, "a:b")]
    public void Parse_Key_RoundTrips(string key, ClusterKind kind, string value)
    {
        var cluster = Cluster.Parse(key);

        Assert.Equal(new Cluster(kind, value), cluster);
        Assert.Equal(key, cluster.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("topic:")]
    [InlineData("keyword:foo")]
    public void Parse_NotAKey_Throws(string key) => Assert.Throws<FormatException>(() => Cluster.Parse(key));

    [Fact]
    public void Problems_BadSettings_AreNamed()
    {
        Assert.Empty(SpikeThreshold.Default.Problems());
        Assert.Equal(3, new SpikeThreshold { Window = TimeSpan.FromSeconds(30), BaselineSpan = TimeSpan.FromSeconds(10), Factor = 0.5 }.Problems().Count());
    }
}
