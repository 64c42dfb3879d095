using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Stats;
using SomeTeams.Core.Triage;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Tests.Stats.StatsCases;

namespace SomeTeams.Core.Tests.Stats;

public sealed class StatsCalculatorTests
{
    private static IEnumerable<StatsCases> Answered(params int[] minutes) => minutes.Select(m => Open(T0).Answer(T0 + Min(m)));

    [Fact]
    public void FirstResponse_OddCount_MedianIsMiddleAndP90IsNearestRank()
    {
        var report = Report(Answered(10, 20, 30, 40, 50));

        Assert.Equal(new DurationSummary(5, Min(30), Min(50)), report.FirstResponse);
        Assert.Equal(report.FirstResponse, report.FirstResponseWallClock);
    }

    [Fact]
    public void FirstResponse_EvenCountWithTies_MedianIsMeanOfMiddleTwo()
    {
        var report = Report(Answered(40, 10, 20, 10));

        Assert.Equal(new DurationSummary(4, Min(15), Min(40)), report.FirstResponse);
    }

    [Fact]
    public void DurationSummary_TenSamples_P90IsTheNinth()
    {
        var summary = DurationSummary.Of(Enumerable.Range(1, 10).Select(m => Min(m)));

        Assert.Equal(new DurationSummary(10, Min(5.5), Min(9)), summary);
    }

    [Fact]
    public void FirstResponse_OverTheWeekend_CountsServiceHoursAndWallClockApart()
    {
        var friday = T0.AddDays(-3).AddHours(6).AddMinutes(30); // Friday 16:30 in Helsinki
        var period = new Core.Stats.StatsPeriod(friday.AddHours(-1), T0.AddDays(1));
        var c = Open(friday).Answer(T0.AddHours(-1).AddMinutes(10)); // Monday 09:10

        var report = StatsCalculator.Compute(period, [c.History], [], Sla, VipRule.None, T0);

        Assert.Equal(Min(40), report.FirstResponse.Median);
        Assert.Equal(TimeSpan.FromDays(2) + TimeSpan.FromHours(16) + Min(40), report.FirstResponseWallClock.Median);
    }

    [Fact]
    public void EmptyPeriod_HasNoFiguresButEveryVolumeRow()
    {
        var report = Report([]);

        Assert.Equal(0, report.Cases);
        Assert.Null(report.Coverage.Share);
        Assert.Null(report.WithinTarget.Share);
        Assert.Equal(DurationSummary.Empty, report.FirstResponse);
        Assert.Equal(DurationSummary.Empty, report.ApprovalTurnaround);
        Assert.Equal(Enum.GetValues<Network>().Length, report.ByNetwork.Count);
        Assert.All(report.ByTopic, t => Assert.Equal(0, t.Count));
        Assert.Empty(report.Agents);
    }

    [Fact]
    public void WithinTarget_AllLateOrMissing_AreAllBreached()
    {
        var report = Report(
            [Open(T0).Answer(T0.AddHours(2)), Open(T0).Answer(T0.AddHours(3)), Open(T0)],
            asOf: T0.AddHours(4));

        Assert.Equal(new TargetShare(0, 3), report.WithinTarget);
        Assert.Equal(0, report.WithinTarget.Share);
    }

    [Fact]
    public void WithinTarget_AtDueTimeIsOnTime_NotYetDueIsPending()
    {
        var report = Report(
            [Open(T0).Answer(T0.AddHours(1)), Open(T0).Answer(T0 + Min(61)), Open(T0.AddHours(3))],
            asOf: T0.AddHours(3).AddMinutes(30));

        Assert.Equal(new TargetShare(1, 1), report.WithinTarget);
        Assert.Equal(0.5, report.WithinTarget.Share);
    }

    [Fact]
    public void WithinTarget_ReopenedCase_JudgedAgainstItsFirstDueTime()
    {
        // Closed by the system without an answer, reopened by a follow-up with a new due time, then
        // answered: the first promise (45 min for a negative case) was broken even though the new one is kept.
        var c = Open(T0).Close(T0 + Min(5), CloseReason.NoActionNeeded, Actor.System);
        c.Do(new Reopen(People.Maija, T0.AddHours(4)), T0.AddHours(3)).Answer(T0.AddHours(3).AddMinutes(30));

        var report = Report([c]);

        Assert.Equal(new TargetShare(0, 1), report.WithinTarget);
    }

    [Fact]
    public void Coverage_ExcludesDuplicateAndSpam_CountsAuditedNoAction()
    {
        var report = Report(
        [
            Open(T0).Answer(T0 + Min(5)),
            Open(T0).Close(T0 + Min(5), CloseReason.NoActionNeeded),
            Open(T0, network: Network.Facebook).Do(new Moderate(People.Bertil, SocialActionKind.Like), T0 + Min(6)),
            Open(T0).Close(T0 + Min(5), CloseReason.Duplicate),
            Open(T0).Close(T0 + Min(5), CloseReason.Spam),
            Open(T0).Close(T0 + Min(5), CloseReason.NoActionNeeded, Actor.System),
            Open(T0),
        ]);

        // Needing: answered, no-action, like (still sending: not yet covered), system-closed, open = 5.
        Assert.Equal(7, report.Cases);
        Assert.Equal(new Coverage(5, 2), report.Coverage);
        Assert.Equal(0.4, report.Coverage.Share);
    }

    [Fact]
    public void Coverage_ConfirmedLike_IsCovered()
    {
        var liked = Open(T0, network: Network.Facebook).Do(new Moderate(People.Bertil, SocialActionKind.Like), T0 + Min(6));
        liked.Do(new MarkSent(Actor.System, liked.Current.Pending!.AttemptId, null, null), T0 + Min(7));

        var report = Report([liked]);

        Assert.Equal(new Coverage(1, 1), report.Coverage);
        Assert.Equal(Min(7), report.FirstResponse.Median);
    }

    [Fact]
    public void VipSplit_ByFollowersOrListedAuthor()
    {
        var vip = new VipRule(10_000, ["X:Listed"]);
        var report = Report(
        [
            Open(T0, followers: 50_000).Answer(T0 + Min(4)),
            Open(T0, author: "listed").Answer(T0 + Min(8)),
            Open(T0, followers: 9_999).Answer(T0 + Min(20)),
            Open(T0, network: Network.Mastodon, author: "listed").Answer(T0 + Min(30)),
        ],
            vip: vip);

        Assert.Equal(new DurationSummary(2, Min(6), Min(8)), report.FirstResponseVip);
        Assert.Equal(new DurationSummary(2, Min(25), Min(30)), report.FirstResponseNonVip);
    }

    [Fact]
    public void Volume_CountsByNetworkTopicAndSentiment()
    {
        var report = Report(
        [
            Open(T0, network: Network.X, topic: Topic.Billing, sentiment: Sentiment.Negative),
            Open(T0, network: Network.X, topic: Topic.Praise, sentiment: Sentiment.Positive),
            Open(T0, network: Network.Facebook, topic: Topic.Billing, sentiment: Sentiment.Neutral),
        ]);

        Assert.Contains(new NamedCount("x", 2), report.ByNetwork);
        Assert.Contains(new NamedCount("facebook", 1), report.ByNetwork);
        Assert.Contains(new NamedCount("bluesky", 0), report.ByNetwork);
        Assert.Contains(new NamedCount("billing", 2), report.ByTopic);
        Assert.Contains(new NamedCount("waiting_time", 0), report.ByTopic);
        Assert.Equal([new("negative", 1), new("neutral", 1), new("positive", 1)], report.BySentiment);
    }

    [Fact]
    public void Period_CountsOpenedFromInclusiveToExclusive()
    {
        var report = Report([Open(Week.From), Open(Week.From.AddTicks(-1)), Open(Week.To), Open(Week.To.AddTicks(-1))]);

        Assert.Equal(2, report.Cases);
    }

    [Fact]
    public void Agents_CountWhoEndedEachCase_NotTheSystem()
    {
        var report = Report(
        [
            Open(T0).Answer(T0 + Min(5), People.Bertil),
            Open(T0).Answer(T0 + Min(5), People.Aino),
            Open(T0).Close(T0 + Min(5), CloseReason.Spam, People.Bertil),
            Open(T0).Close(T0 + Min(5), CloseReason.NoActionNeeded, Actor.System),
            Open(T0).Do(new Claim(People.Maija), T0),
        ]);

        Assert.Equal([new("aad-bertil", "Bertil Agent", 2), new("aad-aino", "Aino Agent", 1)], report.Agents);
    }
}
