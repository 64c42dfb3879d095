using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Deletions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Leases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes.Mastodon;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Deletions;

/// <summary>The deletion timer with the real Mastodon connector against the fake instance, cases on Azurite.</summary>
public sealed class CheckDeletionsTests(AzuriteFixture azurite)
{
    private const string AccountId = "acme-mastodon";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuthorDeletedTheOriginal_CaseIsMarkedAndItsCardUpdated_OthersAreLeftAlone()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Mastodon), runner: false, Ct);
        await using var mastodon = await FakeMastodon.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var gone = await OpenAsync(app, mastodon, "9001", now.AddHours(-1));
        var there = await OpenAsync(app, mastodon, "9002", now.AddHours(-2));
        var old = await OpenAsync(app, mastodon, "9003", now - CheckDeletions.Recent - TimeSpan.FromHours(1));
        mastodon.RemoveStatus("9001");
        mastodon.RemoveStatus("9003");

        await Timer(app, mastodon).RunAsync(new TimerTick(now, false), Ct);

        Assert.NotNull((await app.Cases.GetAsync(gone.Id, Ct))!.OriginalDeletedAt);
        Assert.Null((await app.Cases.GetAsync(there.Id, Ct))!.OriginalDeletedAt);
        Assert.Null((await app.Cases.GetAsync(old.Id, Ct))!.OriginalDeletedAt);
        Assert.Equal(["/api/v1/statuses/9001", "/api/v1/statuses/9002"], mastodon.Requests.Select(r => r.Path).Order());
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
        Assert.Equal("OriginalDeleted", (await app.Cases.GetAuditAsync(gone.Id, Ct))[^1].Event);
    }

    [Fact]
    public async Task NextTick_AMarkedCaseIsNotAskedAgain()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Mastodon), runner: false, Ct);
        await using var mastodon = await FakeMastodon.StartAsync();
        var gone = await OpenAsync(app, mastodon, "9101", DateTimeOffset.UtcNow.AddMinutes(-30));
        mastodon.RemoveStatus("9101");
        var timer = Timer(app, mastodon);

        await timer.RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);
        await timer.RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);

        Assert.Single(mastodon.Requests);
        Assert.Equal(2, (await app.Cases.GetAsync(gone.Id, Ct))!.Version);
    }

    [Fact]
    public async Task CheckFails_NothingIsMarked()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Mastodon), runner: false, Ct);
        await using var mastodon = await FakeMastodon.StartAsync();
        var c = await OpenAsync(app, mastodon, "9201", DateTimeOffset.UtcNow.AddMinutes(-30));
        mastodon.RemoveStatus("9201");
        mastodon.TokenRevoked = true;

        await Timer(app, mastodon).RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);

        Assert.Null((await app.Cases.GetAsync(c.Id, Ct))!.OriginalDeletedAt);
        Assert.Empty(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }

    [Fact]
    public async Task Host_ResolvesTheTimer_AndANetworkWithoutACheckIsSkipped()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        await app.Cases.CreateAsync(CaseBuilder.New(mention: CaseBuilder.Mention("fb-1", Network.Facebook) with { AccountId = PipelineApp.AccountId, CreatedAt = DateTimeOffset.UtcNow }), Ct);
        await using var scope = app.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<CheckDeletions>().RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), Ct);

        Assert.Empty(network.Actions);
        Assert.Empty(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }

    /// <summary>The timer as the host builds it, but with the real connectors (the app's connector is a fake) configured for the fake instance.</summary>
    private static CheckDeletions Timer(PipelineApp app, FakeMastodon mastodon)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = AccountId,
            ["Connectors:Accounts:0:Network"] = "Mastodon",
            ["Connectors:Accounts:0:Settings:BaseUrl"] = mastodon.BaseAddress.ToString(),
            ["Connectors:Accounts:0:Settings:AccessToken"] = FakeMastodon.Token,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddConnectors(configuration);
        var provider = services.BuildServiceProvider();
        return new CheckDeletions(app.Cases, provider.GetRequiredService<SourceAccountCatalog>(), provider.GetRequiredService<ConnectorRegistry>(),
            app.Get<LeaseStore>(), app.Get<CaseEffects>(), app.Get<PollerIdentity>(), TimeProvider.System, NullLogger<CheckDeletions>.Instance);
    }

    private static async Task<Case> OpenAsync(PipelineApp app, FakeMastodon mastodon, string statusId, DateTimeOffset writtenAt)
    {
        mastodon.AddStatus(new MastodonStatusFixture(statusId, writtenAt));
        var mention = CaseBuilder.Mention(statusId, Network.Mastodon) with { AccountId = AccountId, CreatedAt = writtenAt };
        var opened = CaseBuilder.New($"c-{statusId}", mention);
        await app.Cases.CreateAsync(opened, Ct);
        return opened;
    }
}
