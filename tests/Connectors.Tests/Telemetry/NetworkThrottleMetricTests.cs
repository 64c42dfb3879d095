using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Telemetry;
using SomeTeams.TestKit.Fakes.Mastodon;
using SomeTeams.TestKit.Fakes.X;
using SomeTeams.TestKit.Telemetry;

namespace SomeTeams.Connectors.Tests.Telemetry;

[Collection(SerialTelemetry.Collection)]
public sealed class NetworkThrottleMetricTests
{
    [Fact]
    public async Task NetworkAnswers429_ThrottleCounterOfThatNetworkGrowsByOne()
    {
        await using var fake = await FakeMastodon.StartAsync();
        fake.AddMention(1, new MastodonStatusFixture("42", new DateTimeOffset(2026, 8, 20, 7, 0, 0, TimeSpan.Zero)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = "nordlink-mastodon",
            ["Connectors:Accounts:0:Network"] = "Mastodon",
            ["Connectors:Accounts:0:Settings:BaseUrl"] = fake.BaseAddress.ToString(),
            ["Connectors:Accounts:0:Settings:AccessToken"] = FakeMastodon.Token,
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddConnectors(configuration).BuildServiceProvider();
        var account = provider.GetRequiredService<SourceAccountCatalog>().Find("nordlink-mastodon")!;
        var connector = provider.GetRequiredService<ConnectorRegistry>().For(account);
        using var throttled = new MeasurementRecorder(SomeTeamsMetrics.NetworkThrottledName);

        var fetched = await connector.FetchAsync(account, null, TestContext.Current.CancellationToken);
        var before = throttled.Sum(TraceTags.Network, "Mastodon");
        fake.RateLimitRemaining = 1;
        var refused = await connector.FetchAsync(account, null, TestContext.Current.CancellationToken);

        Assert.IsType<FetchResult.Fetched>(fetched);
        Assert.IsType<ConnectorError.RateLimited>(Assert.IsType<FetchResult.Failed>(refused).Error);
        Assert.Equal((0, 1), (before, throttled.Sum(TraceTags.Network, "Mastodon")));
    }

    [Fact]
    public async Task XAnswers429_CountedUnderX_ThroughItsTypedClient()
    {
        await using var fake = await XFake.StartAsync(TestContext.Current.CancellationToken);
        fake.Remaining = 0;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = "x-acme",
            ["Connectors:Accounts:0:Network"] = "X",
            ["Connectors:Accounts:0:Settings:BaseUrl"] = fake.BaseAddress.ToString(),
            ["Connectors:Accounts:0:Settings:UserId"] = XFixtures.BrandUserId,
            ["Connectors:Accounts:0:Settings:Username"] = XFixtures.BrandUsername,
            ["Connectors:Accounts:0:Settings:AccessToken"] = "user-token-1",
            ["Connectors:Accounts:0:Settings:RefreshToken"] = "refresh-1",
            ["Connectors:Accounts:0:Settings:ClientId"] = "client-1",
            ["Connectors:Accounts:0:Settings:ClientSecret"] = "client-secret-1",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddConnectors(configuration).BuildServiceProvider();
        var account = provider.GetRequiredService<SourceAccountCatalog>().Find("x-acme")!;
        using var throttled = new MeasurementRecorder(SomeTeamsMetrics.NetworkThrottledName);

        var result = await provider.GetRequiredService<ConnectorRegistry>().For(account).FetchAsync(account, null, TestContext.Current.CancellationToken);

        Assert.IsType<ConnectorError.RateLimited>(Assert.IsType<FetchResult.Failed>(result).Error);
        Assert.InRange(throttled.Sum(TraceTags.Network, "X"), 1, fake.Received.Count);
    }
}
