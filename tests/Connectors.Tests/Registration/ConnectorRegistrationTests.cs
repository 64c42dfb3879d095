using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Mastodon;

namespace SomeTeams.Connectors.Tests.Registration;

public sealed class ConnectorRegistrationTests
{
    [Fact]
    public void AddConnectors_ConfiguredAccounts_AreBoundWithSettingsAndEnabledFlag()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = "nordlink-mastodon",
            ["Connectors:Accounts:0:Network"] = "mastodon",
            ["Connectors:Accounts:0:DisplayName"] = "Nordlink @ mastodon.example",
            ["Connectors:Accounts:0:Settings:BaseUrl"] = "https://mastodon.example",
            ["Connectors:Accounts:0:Settings:AccessToken"] = "secret-token",
            ["Connectors:Accounts:1:Id"] = "nordlink-youtube",
            ["Connectors:Accounts:1:Network"] = "YouTube",
            ["Connectors:Accounts:1:Enabled"] = "false",
            ["Connectors:Accounts:1:Settings:ChannelId"] = "UCnordlink",
        });

        var catalog = provider.GetRequiredService<SourceAccountCatalog>();

        var mastodon = catalog.Find("nordlink-mastodon")!;
        Assert.Equal((Network.Mastodon, "Nordlink @ mastodon.example", true), (mastodon.Network, mastodon.DisplayName, mastodon.Enabled));
        Assert.Equal("secret-token", mastodon.Setting("AccessToken"));
        Assert.Equal("secret-token", mastodon.Setting("accesstoken"));
        Assert.DoesNotContain("secret-token", mastodon.ToString(), StringComparison.Ordinal);
        Assert.Equal(["nordlink-mastodon"], catalog.Enabled.Select(a => a.Id));
        Assert.Equal("nordlink-youtube", catalog.Find("nordlink-youtube")!.DisplayName);
    }

    [Fact]
    public void AddConnectors_Registry_ResolvesEveryNetwork()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var registry = provider.GetRequiredService<ConnectorRegistry>();

        Assert.Equal(Enum.GetValues<Network>().Order(), registry.Networks.Order());
        Assert.All(registry.Networks, n => Assert.Equal(n, registry.For(new SourceAccount("a", n, "a", true, new Dictionary<string, string>())).Network));
    }

    [Fact]
    public async Task AddConnectors_ConfiguredMastodonAccount_FetchesThroughTheRegisteredClient()
    {
        await using var fake = await FakeMastodon.StartAsync();
        fake.AddMention(1, new MastodonStatusFixture("42", new DateTimeOffset(2026, 8, 20, 7, 0, 0, TimeSpan.Zero)));
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = "nordlink-mastodon",
            ["Connectors:Accounts:0:Network"] = "Mastodon",
            ["Connectors:Accounts:0:Settings:BaseUrl"] = fake.BaseAddress.ToString(),
            ["Connectors:Accounts:0:Settings:AccessToken"] = FakeMastodon.Token,
        });
        var account = provider.GetRequiredService<SourceAccountCatalog>().Find("nordlink-mastodon")!;

        var result = await provider.GetRequiredService<ConnectorRegistry>().For(account).FetchAsync(account, null, TestContext.Current.CancellationToken);

        Assert.Equal(["42"], Assert.IsType<FetchResult.Fetched>(result).Mentions.Select(m => m.ExternalId));
    }

    [Fact]
    public void AddConnectors_NoAccountsConfigured_UsesTheDemoAccounts()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var catalog = provider.GetRequiredService<SourceAccountCatalog>();

        Assert.Equal(["demo-x", "demo-facebook", "demo-instagram", "demo-mastodon", "demo-bluesky", "demo-youtube", "demo-rss"], catalog.Enabled.Select(a => a.Id));
        Assert.All(catalog.All, a => Assert.Equal(Network.Demo, a.Network));
        Assert.IsType<DemoActivityLog>(provider.GetRequiredService<IDemoActivityStore>());
    }

    [Fact]
    public void AddConnectors_DemoSwitchedOffAndNoAccounts_HasNoAccounts()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Connectors:DemoWhenEmpty"] = "false" });

        Assert.Empty(provider.GetRequiredService<SourceAccountCatalog>().All);
    }

    [Theory]
    [InlineData("Network", "myspace", "unknown Network 'myspace'")]
    [InlineData("Enabled", "yes", "Enabled 'yes'")]
    [InlineData("Id", "", "has no Id")]
    public void AddConnectors_BadAccount_StopsStartUpWithAClearReason(string key, string value, string reason)
    {
        var settings = new Dictionary<string, string?> { ["Connectors:Accounts:0:Id"] = "a", ["Connectors:Accounts:0:Network"] = "Rss" };
        settings[$"Connectors:Accounts:0:{key}"] = value;

        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConnectors_SameAccountIdTwice_StopsStartUp()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Accounts:0:Id"] = "feed",
            ["Connectors:Accounts:0:Network"] = "Rss",
            ["Connectors:Accounts:1:Id"] = "FEED",
            ["Connectors:Accounts:1:Network"] = "Rss",
        };

        Assert.Contains("more than once", Assert.Throws<InvalidOperationException>(() => Build(settings)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_TwoConnectorsForOneNetwork_StopsStartUp()
    {
        using var provider = Build(new Dictionary<string, string?>());
        var demo = provider.GetRequiredService<ConnectorRegistry>().For(SourceAccountCatalog.DemoAccounts[0]);

        Assert.Throws<InvalidOperationException>(() => new ConnectorRegistry([demo, demo]));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddConnectors(configuration).BuildServiceProvider(validateScopes: true);
    }
}
