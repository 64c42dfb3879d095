using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.YouTube;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Connectors.Tests.Credentials;

[Collection(AzuriteTables.Name)]
public sealed class DurableQuotaTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task YouTubeQuota_SpentBeforeARestart_StillCountsAfterIt()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var fake = await FakeYouTube.StartAsync();
        var account = new SourceAccount("acme-youtube", Network.YouTube, "Acme on YouTube", true, new Dictionary<string, string>
        {
            ["BaseUrl"] = fake.ApiBase.ToString(),
            ["ChannelId"] = FakeYouTube.ChannelId,
            ["RefreshToken"] = FakeYouTube.RefreshToken,
            ["ClientId"] = "acme-client.apps.googleusercontent.com",
            ["ClientSecret"] = "GOCSPX-acme-secret",
            ["TokenUrl"] = fake.TokenUrl.ToString(),
            ["DailyQuota"] = "552",
            ["ReplyReserve"] = "550",
        });
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 8, 20, 10, 0, 0, TimeSpan.Zero));

        await using (var first = StoredHost.Build(storage, time))
        {
            Assert.IsType<FetchResult.Fetched>(await first.Connector(Network.YouTube).FetchAsync(account, null, Ct));
            Assert.IsType<FetchResult.Fetched>(await first.Connector(Network.YouTube).FetchAsync(account, null, Ct));
        }

        await using var second = StoredHost.Build(storage, time);
        var failed = Assert.IsType<FetchResult.Failed>(await second.Connector(Network.YouTube).FetchAsync(account, null, Ct));

        Assert.IsType<ConnectorError.QuotaExhausted>(failed.Error);
        Assert.Equal(2, fake.Requests.Count(r => r.Path == "/youtube/v3/commentThreads"));
    }
}
