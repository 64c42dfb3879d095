using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cursors;
using SomeTeams.Storage.Leases;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>PollSources on real Azurite against a fake network: dedupe, cursor after enqueue, back-off, lease, deletions.</summary>
public sealed class PollSourcesTests(AzuriteFixture azurite)
{
    private const string Source = "Facebook:" + PipelineApp.AccountId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Poll_NewMentions_QueuedThenCursorMoved()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        network.Add(PipelineApp.Comment("p-1", thread: "a"), PipelineApp.Comment("p-2", thread: "b"));
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);

        await app.PollAsync(Ct);

        Assert.Equal(2, (await PipelineApp.DrainAsync(app.Queues.Mentions, Ct)).Count);
        Assert.Equal("2", (await app.Get<CursorStore>().GetAsync(Source, Ct)).Value);
    }

    [Fact]
    public async Task OverlappingPolls_SameItemsAgain_OneCaseAndOneCardEach()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { IgnoreCursor = true };
        network.Add(PipelineApp.Comment("p-3", thread: "a"), PipelineApp.Comment("p-4", thread: "b"));
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);

        await app.PollAsync(Ct);
        await app.PollAsync(Ct);
        var cards = await app.TriageAllAsync(Ct);
        await app.PollAsync(Ct);
        cards = [.. cards, .. await app.TriageAllAsync(Ct)];

        Assert.Equal(3, network.Fetches);
        Assert.Equal(2, cards.Distinct().Count());
        Assert.Equal(2, cards.Count);
    }

    [Fact]
    public async Task CrashAfterStoringBeforeQueueing_NextPollQueuesTheMention()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        var mention = PipelineApp.Comment("p-5");
        network.Add(mention);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        // The earlier poll stored it and died: no message, cursor not moved.
        await app.Get<MentionStore>().TryAddAsync(mention, Ct);

        await app.PollAsync(Ct);
        var cards = await app.TriageAllAsync(Ct);

        Assert.Single(cards);
        Assert.NotNull(await app.CaseOfAsync(mention, Ct));
    }

    [Fact]
    public async Task RateLimited_NoFetchUntilTheNetworkSaid_ThenResumes()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var network = new FakeNetwork(Network.Facebook) { NextFetchResult = new FetchResult.Failed(new ConnectorError.RateLimited(TimeSpan.FromMinutes(5), "429"), 1) };
        network.Add(PipelineApp.Comment("p-6"));
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct, time);

        await app.PollAsync(Ct);
        var cursor = await app.Get<CursorStore>().GetAsync(Source, Ct);
        time.Advance(TimeSpan.FromMinutes(4));
        await app.PollAsync(Ct);
        var fetchesWhileWaiting = network.Fetches;
        time.Advance(TimeSpan.FromMinutes(2));
        await app.PollAsync(Ct);

        Assert.Equal(time.GetUtcNow() - TimeSpan.FromMinutes(1), cursor.BackoffUntil);
        Assert.StartsWith("RateLimited", cursor.LastError, StringComparison.Ordinal);
        Assert.Equal((1, 2), (fetchesWhileWaiting, network.Fetches));
        Assert.Null((await app.Get<CursorStore>().GetAsync(Source, Ct)).LastError);
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Mentions, Ct));
    }

    [Fact]
    public async Task AuthExpired_RecordedOnTheCursorRow_NotRetriedAtOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { NextFetchResult = new FetchResult.Failed(new ConnectorError.AuthExpired("token revoked"), 1) };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);

        await app.PollAsync(Ct);
        await app.PollAsync(Ct);

        Assert.Equal("AuthExpired: token revoked", (await app.Get<CursorStore>().GetAsync(Source, Ct)).LastError);
        Assert.Equal(1, network.Fetches);
    }

    [Fact]
    public async Task AuthExpired_AdminsGetOneHealthCardAndOneWhenItRecovers()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var network = new FakeNetwork(Network.Facebook) { NextFetchResult = new FetchResult.Failed(new ConnectorError.AuthExpired("token revoked"), 1) };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct, clock);

        await app.PollAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(16));
        network.NextFetchResult = new FetchResult.Failed(new ConnectorError.AuthExpired("token revoked"), 1);
        await app.PollAsync(Ct);
        var whileBroken = app.CardWrites().Posted;
        clock.Advance(TimeSpan.FromMinutes(16));
        await app.PollAsync(Ct);

        Assert.Equal(3, network.Fetches);
        Assert.Equal(1, whileBroken);
        Assert.Equal(2, app.CardWrites().Posted);
        var alerts = app.Teams.Requests.Where(r => r is { Method: "POST" } && r.Segments[^1] == "conversations").Select(r => r.Body).ToList();
        Assert.All(alerts, body => Assert.Contains("AdaptiveCard", body, StringComparison.Ordinal));
        Assert.Contains(PipelineApp.AccountId, alerts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaseHeldByAnotherInstance_SourceNotPolled()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        Assert.NotNull(await app.Get<LeaseStore>().TryAcquireAsync("poll-" + Source, "another-instance", TimeSpan.FromMinutes(5), Ct));

        await app.PollAsync(Ct);

        Assert.Equal(0, network.Fetches);
    }

    [Fact]
    public async Task DeletedByTheAuthor_TheCaseShowsIt()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        var mention = PipelineApp.Comment("p-7");
        network.Add(mention);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        await app.PollAsync(Ct);
        await app.TriageAllAsync(Ct);

        network.Deleted.Add("p-7");
        await app.PollAsync(Ct);

        Assert.NotNull((await app.CaseOfAsync(mention, Ct))!.OriginalDeletedAt);
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }
}
