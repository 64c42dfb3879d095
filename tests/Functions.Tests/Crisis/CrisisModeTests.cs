using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Crisis;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Crisis;

/// <summary>Crisis mode from raise to end on Azurite: overlapping detector runs, grouping, the end, the cool-down.</summary>
public sealed class CrisisModeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Crisis:MinimumCount"] = "20", ["Crisis:Cooldown"] = "00:30:00",
        // The pump posts on a fake clock; a deferred card would hide on the wall clock.
        ["Pipeline:CardDeferAfter"] = "-00:00:00.001",
    };

    [Fact]
    public async Task Crisis_RaisedOnceByOverlappingRuns_GroupsUntilAManagerEndsIt_ThenOwnCardsAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, time: clock, settings: Settings, teamsLimits: true);
        await using var pump = new CardPump(app, clock, Ct);
        var store = app.Get<CrisisStore>();

        // 25 outage mentions in a minute, carded one by one while nobody has noticed yet.
        await ArriveAsync(app, pump, clock, "a", 25);
        await pump.UntilAsync(() => pump.Idle, "the first cards");

        // Two runs at once (a retry overlapping the timer): one crisis, one crisis card.
        await RunDetectorAsync(app, clock, pump, runs: 3);
        var crisis = Assert.Single(await store.ListPeriodsAsync(Ct)).Period;
        Assert.Equal(1, app.Teams.Requests.Count(r => r.Method == "POST" && r.Body.Contains("\"endCrisis\"", StringComparison.Ordinal)));

        // While it lasts new mentions of the topic join the group; the next run posts one grouped card.
        await ArriveAsync(app, pump, clock, "b", 6);
        await pump.UntilAsync(() => pump.Idle, "the grouped cases");
        await RunDetectorAsync(app, clock, pump);
        Assert.Equal(6, (await store.ListMembersAsync(crisis.Id, Ct)).Count);
        Assert.Equal(25 + 2, CardPosts(app));

        // A manager ends it (as the bot does); once the poster's cached view expires, mentions get their own cards again.
        await store.EndAsync(crisis.Cluster, crisis.Id, "Maija Manager", clock.GetUtcNow(), Ct);
        clock.Advance(TimeSpan.FromSeconds(11));
        await ArriveAsync(app, pump, clock, "c", 25);
        await pump.UntilAsync(() => pump.Idle, "the cards after the end");
        Assert.Equal(25 + 2 + 25, CardPosts(app));

        // The next run repaints both cards as ended and, cooling down, raises nothing for the still-busy topic.
        var puts = app.Teams.Requests.Count(r => r.Method == "PUT");
        await RunDetectorAsync(app, clock, pump);
        Assert.Equal(puts + 2, app.Teams.Requests.Count(r => r.Method == "PUT"));
        Assert.Contains(app.Teams.Requests, r => r.Method == "PUT" && r.Body.Contains("Maija Manager", StringComparison.Ordinal));
        var after = Assert.Single(await store.ListPeriodsAsync(Ct)).Period;
        Assert.False(after.IsActive);
        Assert.Empty(pump.Failures);
        Assert.DoesNotContain(app.Teams.Requests, r => r.StatusCode == 429);
    }

    private static async Task ArriveAsync(PipelineApp app, CardPump pump, FakeTimeProvider clock, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            var mention = PipelineApp.Comment($"{prefix}-{i}", thread: $"{prefix}-thread-{i}", text: "Onko teillä häiriö? Netissä katko koko illan", at: clock.GetUtcNow());
            await app.Get<MentionIntake>().AcceptAsync([mention], Ct);
        }

        foreach (var body in await PipelineApp.DrainAsync(app.Queues.Mentions, Ct))
        {
            await app.RunAsync<TriageMention>(body, Ct);
        }

        await pump.CollectAsync();
    }

    /// <summary>Detector runs started together; the clock moves while they wait on the pacer.</summary>
    private static async Task RunDetectorAsync(PipelineApp app, FakeTimeProvider clock, CardPump pump, int runs = 1)
    {
        var all = Task.WhenAll(Enumerable.Range(0, runs).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SpikeDetector>().RunAsync(new TimerTick(clock.GetUtcNow(), false), Ct);
        })));
        await pump.UntilAsync(() => all.IsCompleted, "the detector runs");
        await all;
    }

    private static int CardPosts(PipelineApp app) =>
        app.Teams.Requests.Count(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments[^1] == "conversations");
}
