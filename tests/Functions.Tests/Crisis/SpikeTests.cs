using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Crisis;

/// <summary>
/// Issue #7: 2,000 mentions about one topic in five minutes, after three quiet hours, through the
/// pipeline on Azurite against a Bot Connector that enforces Teams' limits (on the same fake clock).
/// </summary>
public sealed class SpikeTests(AzuriteFixture azurite)
{
    private const int Spike = 2_000, Steps = 60, Quieter = 18;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    private static readonly string[] Outage =
    [
        "Onko teillä häiriö? Netissä katko koko illan", "Internet is down again, no signal at all",
        "Taas katko, häiriö jatkuu Tampereella", "Is there an outage? My broadband is not working",
    ];

    private static readonly string[] Quiet = ["Laskussani on virhe, veloititte kahdesti 29,90 €", "Kiitos nopeasta avusta! 👍", "How do I change my plan?"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoThousandMentionsInFiveMinutes_OneCrisisCard_GroupedCards_No429_EveryMentionInACase()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, time: clock, teamsLimits: true);
        await using var pump = new CardPump(app, clock, Ct);
        var intake = app.Get<MentionIntake>();

        // Three quiet hours: a mention every ten minutes about other things, each with its own card.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Quieter; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await intake.AcceptAsync([PipelineApp.Comment($"q-{i}", thread: $"quiet-{i}", text: Quiet[i % Quiet.Length], at: clock.GetUtcNow())], Ct);
            await TriageAsync(app);
            await pump.CollectAsync();
            pump.TickDetector();
            await pump.UntilAsync(() => pump.Idle, "the quiet hours' cards");
        }

        // The flood: 2,000 mentions about an outage in 60 steps of five seconds; the detector's timer every 15 s.
        var spike = Enumerable.Range(0, Spike)
            .Select(i => PipelineApp.Comment($"s-{i}", thread: $"spike-{i}", author: $"80000000{i:D5}", text: Outage[i % Outage.Length])).ToList();
        var quietTook = watch.Elapsed;
        var spikeStart = clock.GetUtcNow();
        for (var step = 0; step < Steps; step++)
        {
            clock.Advance(Step);
            var batch = spike.Skip(step * Spike / Steps).Take(((step + 1) * Spike / Steps) - (step * Spike / Steps)).Select(m => m with { CreatedAt = clock.GetUtcNow() });

            // As several webhook deliveries and polls hand items over at once.
            await Task.WhenAll(batch.Chunk(4).Select(items => intake.AcceptAsync(items, Ct)));
            await TriageAsync(app);
            await pump.CollectAsync();
            if (step % 3 == 2)
            {
                pump.TickDetector();
            }
        }

        Assert.True(clock.GetUtcNow() - spikeStart <= TimeSpan.FromMinutes(5), "the spike took longer than five minutes of the clock");
        var floodTook = watch.Elapsed - quietTook;
        await pump.UntilAsync(() => pump.Idle, "the flood's cards");
        pump.TickDetector();
        await pump.UntilAsync(() => pump.Idle, "the last repaint");

        Assert.Empty(pump.Failures);
        Assert.DoesNotContain(app.Teams.Requests, r => r.StatusCode == 429);

        // One crisis, about the topic, and one crisis card in the managers' channel.
        var crisis = Assert.Single(await app.Get<CrisisStore>().ListPeriodsAsync(Ct)).Period;
        Assert.Equal(Cluster.Of(Core.Triage.Topic.Outage), crisis.Cluster);
        var posts = app.Teams.Requests.Where(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments[^1] == "conversations").ToList();
        var crisisCards = posts.Where(r => r.Body.Contains("\"endCrisis\"", StringComparison.Ordinal)).ToList();
        Assert.Single(crisisCards);
        Assert.Contains(PipelineApp.ManagersChannelId, crisisCards[0].Body, StringComparison.Ordinal);

        // Every mention is a case: carded on its own, or grouped (and shown in the one grouped card).
        var members = (await app.Get<CrisisStore>().ListMembersAsync(crisis.Id, Ct)).Select(m => m.CaseId).ToHashSet();
        var byMention = new Dictionary<MentionKey, Case>();
        await foreach (var c in app.Cases.ListAllAsync(Ct))
        {
            byMention[c.Mention.Key] = c;
        }

        var (own, grouped) = (0, 0);
        foreach (var mention in spike)
        {
            var c = Assert.Contains(mention.Key, byMention);
            if (c.GroupId is null)
            {
                Assert.NotNull(await app.Get<CardLocationStore>().GetAsync(c.Id, Ct));
                own++;
            }
            else
            {
                Assert.Equal((crisis.Id, CaseState.New), (c.GroupId, c.State));
                Assert.Contains(c.Id.Value, members);
                grouped++;
            }
        }

        Assert.Equal(Spike, own + grouped);
        Assert.Equal(grouped, members.Count);
        var groupCards = posts.Where(r => r.Body.Contains("\"claimFromGroup\"", StringComparison.Ordinal)).ToList();
        Assert.Single(groupCards);
        var groupCard = (await app.Get<CrisisStore>().GetGroupCardAsync(crisis.Id, "triage", Ct))!;
        Assert.StartsWith($"active:{grouped}:0:", groupCard.Shows, StringComparison.Ordinal);
        var updates = app.Teams.Requests.Count(r => r.Method == "PUT" && r.Segments[^1] == groupCard.ActivityId);
        Assert.InRange(updates, 1, pump.DetectorRuns);

        // Instead of 2,000 posts: the cards posted before the detector's first run, the crisis card and one grouped card.
        Assert.InRange(own, 1, Spike / 10);
        Assert.Equal(Quieter + own + 2, posts.Count);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"own cards {own}, grouped {grouped}, group card updates {updates}, detector runs {pump.DetectorRuns}; quiet {quietTook.TotalSeconds:0} s, flood {floodTook.TotalSeconds:0} s, all {watch.Elapsed.TotalSeconds:0} s");
    }

    private static async Task TriageAsync(PipelineApp app)
    {
        var bodies = await PipelineApp.DrainAsync(app.Queues.Mentions, Ct);
        await Task.WhenAll(bodies.Select(b => app.RunAsync<TriageMention>(b, Ct)));
    }
}
