using System.Diagnostics;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Functions.Tests.Shifts;
using SomeTeams.Functions.Tests.Sla;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Day;

/// <summary>
/// Issue #7, "What it must show", second point: a whole Tuesday on Azurite with a fake clock, the
/// fake Bot Connector and fake Graph. 300 mentions arrive around the clock and go through the
/// pipeline (intake → TriageMention → PostCard); at every step the timers run (two SlaSweeps at
/// once, to overlap them on purpose, and ShiftHandover), then the team acts. Then: the night's
/// cases are in the morning digest, every warning and breach notice went out exactly once and only
/// where it was due, the claims left at shift ends were released, and the day's stats match what
/// the team itself recorded.
/// </summary>
public sealed class SimulatedDayTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeHundredMentions_ADayOfTimers_DigestNoticesReleasesAndStatsHold()
    {
        var watch = Stopwatch.StartNew();
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(0), Ct);
        var script = DayScript.Arrivals();
        var byCase = script.ToDictionary(a => CaseIds.For(new(Core.Mentions.Network.Facebook, PipelineApp.AccountId, a.ExternalId)));
        var agents = new DayAgents(team, byCase);
        var sweeps = new List<DateTimeOffset>();
        var next = 0;
        var phases = new TimeSpan[4];
        foreach (var step in DayScript.Steps())
        {
            var phase = Stopwatch.StartNew();
            team.Time.SetUtcNow(step);
            var arriving = script.Skip(next).TakeWhile(a => a.At <= step).ToList();
            next += arriving.Count;
            await team.App.Get<MentionIntake>().AcceptAsync(
                [.. arriving.Select(a => PipelineApp.Comment(a.ExternalId, "post-" + a.ExternalId, "71" + a.Index.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), a.Text, a.At))], Ct);
            await team.PostCardsAsync(await team.App.TriageAllAsync(Ct), Ct);
            phases[0] += phase.Elapsed;
            phase.Restart();
            await Task.WhenAll(team.SweepAsync(Ct), team.SweepAsync(Ct));
            sweeps.Add(step);
            phases[1] += phase.Elapsed;
            phase.Restart();
            await team.HandoverAsync(Ct);
            await team.PostCardsAsync(await PipelineApp.DrainAsync(team.App.Queues.Cards, Ct), Ct);
            phases[2] += phase.Elapsed;
            phase.Restart();
            await agents.ActAsync(step, Ct);
            phases[3] += phase.Elapsed;
        }

        TestContext.Current.SendDiagnosticMessage($"Pipeline {phases[0].TotalSeconds:0.0} s, sweeps {phases[1].TotalSeconds:0.0} s, handover {phases[2].TotalSeconds:0.0} s, agents {phases[3].TotalSeconds:0.0} s");

        var end = ShiftTeam.Local(0, day: 1);
        var cases = new Dictionary<CaseId, Case>();
        await foreach (var c in team.App.Cases.ListAllAsync(Ct))
        {
            cases[c.Id] = c;
        }

        Assert.Equal(300, cases.Count);
        Assert.Equal(byCase.Keys.Select(k => k.Value).Order(StringComparer.Ordinal), cases.Keys.Select(k => k.Value).Order(StringComparer.Ordinal));
        MorningDigestHasTheNight(team, byCase);
        await NoticesWentOutOnceWhereDue(team, cases, agents, sweeps);
        await LeftClaimsWereReleased(team, cases, agents);
        await StatsMatchTheTeamsOwnRecord(team, cases, agents, end);
        TestContext.Current.SendDiagnosticMessage($"Simulated day: {DayScript.Steps().Count()} steps in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static void MorningDigestHasTheNight(ShiftTeam team, Dictionary<CaseId, Arrival> byCase)
    {
        var digests = ShiftHandoverTests.Digests(team);
        Assert.Equal(2, digests.Count); // 08:00 and 16:00: the two shift starts of the day
        var morning = digests[0];
        Assert.EndsWith("08:00", (string?)morning["body"]![0]!["text"], StringComparison.Ordinal);
        var night = byCase.Where(a => a.Value.At < ShiftTeam.Local(8)).Select(a => a.Key.Value).ToHashSet();
        Assert.Equal(60, night.Count);
        var facts = morning["body"]![1]!["facts"]!.AsArray().Select(f => (string)f!["value"]!).ToList();
        Assert.Equal(["60", "60", "0", "0", "0"], facts); // arrived, unclaimed, approval, near, past
        var listed = ShiftHandoverTests.ClaimIds(morning);
        Assert.Equal(20, listed.Count);
        Assert.All(listed, id => Assert.Contains(id, night));
        Assert.Contains(morning["body"]!.AsArray(), n => (string?)n!["text"] == "… and 40 more in the queue");
    }

    private static async Task NoticesWentOutOnceWhereDue(ShiftTeam team, Dictionary<CaseId, Case> cases, DayAgents agents, List<DateTimeOffset> sweeps)
    {
        // Due: some sweep saw the case still open with that threshold as its current one.
        var expected = new HashSet<(string, SlaThreshold)>();
        foreach (var c in cases.Values)
        {
            var deadline = team.Sla.Thresholds(c.SlaStartedAt, c.DueAt);
            var closedAt = agents.Closed.TryGetValue(c.Id, out var closed) ? closed.At : DateTimeOffset.MaxValue;
            foreach (var s in sweeps.Where(s => s >= c.OpenedAt && s <= closedAt))
            {
                if (deadline.ReachedAt(s) is not SlaThreshold.None and var reached)
                {
                    expected.Add((c.Id.Value, reached));
                }
            }
        }

        var threads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in cases.Keys)
        {
            threads[(await team.App.Get<CardLocationStore>().GetAsync(id, Ct))!.ConversationId] = id.Value;
        }

        var sent = team.ThreadReplies()
            .Select(r => (threads[r.Conversation], ((string)r.Body["text"]!).Contains("50 %", StringComparison.Ordinal) ? SlaThreshold.Half : SlaThreshold.EightyPercent))
            .Concat(team.FeedNotices().Where(f => (string?)f.Body["activityType"] == "responseDeadlinePassed")
                .Select(f => (cases.Keys.Single(k => ActivityChain.Of(k) == (long)f.Body["chainId"]!).Value, SlaThreshold.Breached)))
            .ToList();
        Assert.Empty(sent.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(expected.Order(), sent.Order());
        Assert.Contains(expected, e => e.Item2 == SlaThreshold.Half);
        Assert.Contains(expected, e => e.Item2 == SlaThreshold.EightyPercent);
        Assert.Contains(expected, e => e.Item2 == SlaThreshold.Breached);

        var escalated = team.FeedNotices().Where(f => (string?)f.Body["activityType"] == "approvalRequested").Select(f => (long)f.Body["chainId"]!).ToList();
        Assert.Equal(escalated.Count, escalated.Distinct().Count());
        Assert.Equal(agents.ApprovalWaits.Count(w => w >= TimeSpan.FromMinutes(35)), escalated.Count);
        Assert.NotEmpty(escalated);
    }

    private static async Task LeftClaimsWereReleased(ShiftTeam team, Dictionary<CaseId, Case> cases, DayAgents agents)
    {
        Assert.NotEmpty(agents.LeftBehind);
        var releasedCases = new HashSet<CaseId>();
        foreach (var id in cases.Keys)
        {
            var releases = (await team.App.Cases.GetAuditAsync(id, Ct)).Where(a => a.Event == "CaseReleased").ToList();
            if (releases.Count > 0)
            {
                releasedCases.Add(id);
                Assert.All(releases, r => Assert.Equal("ShiftEnded", r.Detail));
            }

            if (agents.LeftBehind.TryGetValue(id, out var left))
            {
                Assert.Contains(releases, r => r.At == left.ShiftEnd.AddMinutes(15));
            }
        }

        Assert.Subset(agents.LeftBehind.Keys.ToHashSet(), releasedCases);
        Assert.Superset(agents.LeftBehind.Keys.ToHashSet(), releasedCases);
    }

    private static async Task StatsMatchTheTeamsOwnRecord(ShiftTeam team, Dictionary<CaseId, Case> cases, DayAgents agents, DateTimeOffset end)
    {
        var period = new StatsPeriod(ShiftTeam.Local(0), end);
        var (histories, open) = await team.App.Get<StatsSource>().LoadAsync(period, Ct);
        var report = StatsCalculator.Compute(period, histories, open, team.Sla, VipRule.None, end);

        Assert.Equal(300, report.Cases);
        Assert.Equal(new Coverage(300, agents.Closed.Count), report.Coverage);
        Assert.Equal(300, report.ByNetwork.Single(n => n.Name == "facebook").Count);
        Assert.Equal(
            agents.Closed.Values.GroupBy(c => c.By.Name).Select(g => (g.Key, g.Count())).Order(),
            report.Agents.Select(a => (a.Name, a.Handled)).Order());
        var onTime = agents.Closed.Count(c => c.Value.At <= cases[c.Key].DueAt);
        var late = agents.Closed.Count - onTime + cases.Values.Count(c => c.IsOpen && c.DueAt <= end);
        Assert.Equal(new TargetShare(onTime, late), report.WithinTarget);
        Assert.Equal(Median(agents.Closed.Select(c => c.Value.At - cases[c.Key].OpenedAt)), report.FirstResponseWallClock.Median);
        Assert.Equal((agents.ApprovalWaits.Count, Median(agents.ApprovalWaits)), (report.ApprovalTurnaround.Count, report.ApprovalTurnaround.Median));
        Assert.Equal(cases.Values.Count(c => c.IsOpen), report.Backlog.Sum(b => b.Count));
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : TimeSpan.FromTicks((sorted[(sorted.Count / 2) - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);
    }
}
