using System.Text.Json;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>PostCard against the fake Bot Connector: one channel thread per case, updates in place, stale messages skipped.</summary>
public sealed class PostCardTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstCardMessage_OpensTheChannelThread_ThenUpdatesReplaceTheCard_RepeatsDoNothing()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var mention = PipelineApp.Comment("pc-1");
        await app.Get<MentionIntake>().AcceptAsync([mention], Ct);
        var cards = await app.TriageAllAsync(Ct);

        await app.RunAsync<PostCard>(cards[0], Ct);
        await app.RunAsync<PostCard>(cards[0], Ct);
        var c = await app.CaseOfAsync(mention, Ct);
        await app.Cases.ApplyAsync(c!.Id, new Claim(TestKit.Builders.People.Aino), Ct);
        await app.RunAsync<PostCard>(cards[0], Ct);
        await app.RunAsync<PostCard>(cards[0], Ct);

        Assert.Equal((1, 1), app.CardWrites());
        var post = app.Teams.Requests.First(r => r.Method == "POST");
        var body = JsonNode.Parse(post.Body)!;
        Assert.Equal((PipelineApp.ChannelId, PipelineApp.TenantId), ((string?)body["channelData"]!["channel"]!["id"], (string?)body["tenantId"]));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["activity"]!["attachments"]![0]!["contentType"]);
        var location = await app.Get<CardLocationStore>().GetAsync(c.Id, Ct);
        Assert.Equal(2, location!.PostedVersion);
        Assert.StartsWith(PipelineApp.ChannelId + ";messageid=", location.ConversationId, StringComparison.Ordinal);
        Assert.Contains(location.ActivityId, app.Teams.Requests.Single(r => r.Method == "PUT").RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsThrottles_TheDeliveryFails_AndTheRetryPosts()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, time);
        await app.Get<MentionIntake>().AcceptAsync([PipelineApp.Comment("pc-2")], Ct);
        var cards = await app.TriageAllAsync(Ct);
        app.Teams.Inject(new InjectedFailure(429, TimeSpan.FromMinutes(5)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.RunAsync<PostCard>(cards[0], Ct));
        time.Advance(TimeSpan.FromMinutes(6));
        await app.RunAsync<PostCard>(cards[0], Ct, dequeueCount: 2);

        Assert.Equal((1, 0), app.CardWrites());
    }

    [Fact]
    public async Task ChannelBusyForLong_CardDeferredByANewDelayedMessage_NothingPostedUntilThen()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct, time);
        await app.Get<MentionIntake>().AcceptAsync([PipelineApp.Comment("pc-4")], Ct);
        var cards = await app.TriageAllAsync(Ct);
        app.Get<TeamsPacer>().Throttled(PipelineApp.TenantId, TimeSpan.FromMinutes(1));

        await app.RunAsync<PostCard>(cards[0], Ct);
        var waiting = await app.Queues.Cards.ApproximateCountAsync(Ct);
        var visibleNow = await app.Queues.Cards.ReceiveAsync(32, TimeSpan.FromSeconds(1), Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        await app.RunAsync<PostCard>(cards[0], Ct);

        Assert.Equal(1, waiting);
        Assert.Empty(visibleNow);
        Assert.Equal((1, 0), app.CardWrites());
    }

    [Fact]
    public async Task CardForACaseThatDoesNotExist_Dropped()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);

        await app.RunAsync<PostCard>(JsonSerializer.Serialize(new CardMessage("no-such-case"), PipelineJson.Default.CardMessage), Ct);

        Assert.Empty(app.Teams.Requests);
    }
}
