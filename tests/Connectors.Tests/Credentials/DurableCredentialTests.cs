using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Bluesky;
using SomeTeams.Connectors.Credentials;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.Bluesky;
using SomeTeams.TestKit.Fakes.X;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Connectors.Tests.Credentials;

[Collection(AzuriteTables.Name)]
public sealed class DurableCredentialTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 10, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task XRefresh_AfterRestart_NextInstanceUsesTheRotatedTokens()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var fake = await XFake.StartAsync(Ct);
        fake.ValidAccessTokens.Clear(); // the configured access token is dead: the first fetch refreshes
        var account = XAccount(fake, "user-token-1", "refresh-1");
        var time = new FakeTimeProvider(Now);

        await using (var first = StoredHost.Build(storage, time))
        {
            Assert.IsType<FetchResult.Fetched>(await first.Connector(Network.X).FetchAsync(account, null, Ct));
        }

        await using var second = StoredHost.Build(storage, time);
        var fetched = await second.Connector(Network.X).FetchAsync(account, null, Ct);

        Assert.IsType<FetchResult.Fetched>(fetched);
        Assert.Single(fake.Received, r => r.Path == "/2/oauth2/token");
        Assert.StartsWith("user-token-r", (await second.XTokens().GetAsync(account, Ct))!.AccessToken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XTokens_AdminReconnectsWithNewConfiguredTokens_ConfigurationWinsOverTheStoredPair()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var host = StoredHost.Build(storage, new FakeTimeProvider(Now));
        var store = host.XTokens();
        var before = XAccount(null, "user-token-1", "refresh-1");
        await store.SaveAsync(before, new XTokens("rotated-access", "rotated-refresh", Now.AddHours(2)), Ct);

        var sameConfiguration = await store.GetAsync(before, Ct);
        var reconnected = await store.GetAsync(XAccount(null, "user-token-new", "refresh-new"), Ct);

        Assert.Equal(new XTokens("rotated-access", "rotated-refresh", Now.AddHours(2)), sameConfiguration);
        Assert.Null(reconnected);
    }

    [Fact]
    public async Task XTokens_StoredRow_HoldsNoConfiguredSecretAndUnreadableRowReadsAsAbsent()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var host = StoredHost.Build(storage, new FakeTimeProvider(Now));
        var credentials = host.GetRequiredService<ICredentialStore>();
        var account = XAccount(null, "configured-access", "configured-refresh");
        await host.XTokens().SaveAsync(account, new XTokens("a", "r", null), Ct);

        var row = await credentials.GetAsync(account.Id, StoredXTokenStore.Kind, Ct);
        await credentials.SaveAsync(account.Id, StoredXTokenStore.Kind, "{not json", Ct);

        Assert.DoesNotContain("configured-", row, StringComparison.Ordinal);
        Assert.Null(await host.XTokens().GetAsync(account, Ct));
    }

    [Fact]
    public async Task BlueskySession_AfterRestart_IsReusedWithoutLoggingInAgain()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var fake = await FakeBluesky.StartAsync();
        var account = new SourceAccount("acme-bluesky", Network.Bluesky, "Acme on Bluesky", true, new Dictionary<string, string>
        {
            ["BaseUrl"] = fake.BaseAddress.ToString(),
            ["Handle"] = FakeBluesky.BrandHandle,
            ["AppPassword"] = FakeBluesky.AppPassword,
        });
        var time = new FakeTimeProvider(Now);

        await using (var first = StoredHost.Build(storage, time))
        {
            Assert.IsType<FetchResult.Fetched>(await first.Connector(Network.Bluesky).FetchAsync(account, null, Ct));
        }

        await using var second = StoredHost.Build(storage, time);
        Assert.IsType<FetchResult.Fetched>(await second.Connector(Network.Bluesky).FetchAsync(account, null, Ct));

        Assert.Single(fake.Requests, r => r.Path == "/xrpc/com.atproto.server.createSession");
        Assert.Equal(fake.AccessJwt, (await second.GetRequiredService<IBlueskySessionStore>().LoadAsync(account.Id, Ct))!.AccessJwt);
    }

    [Fact]
    public async Task Registration_WithAndWithoutStorage_PicksDurableOrProcessStores()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var durable = StoredHost.Build(storage, TimeProvider.System);
        await using var local = StoredHost.Build(storage, TimeProvider.System, withStorage: false);

        Assert.IsType<StoredXTokenStore>(durable.XTokens());
        Assert.IsType<StoredBlueskySessionStore>(durable.GetRequiredService<IBlueskySessionStore>());
        Assert.IsType<ProcessXTokenStore>(local.XTokens());
        Assert.IsType<InMemoryBlueskySessionStore>(local.GetRequiredService<IBlueskySessionStore>());
    }

    private static SourceAccount XAccount(XFake? fake, string access, string refresh) => new("x-acme", Network.X, "@AcmeSupport", true, new Dictionary<string, string>
    {
        ["BaseUrl"] = fake?.BaseAddress.ToString() ?? "http://127.0.0.1:9/",
        ["UserId"] = XFixtures.BrandUserId,
        ["Username"] = XFixtures.BrandUsername,
        ["AccessToken"] = access,
        ["RefreshToken"] = refresh,
        ["ClientId"] = "client-1",
        ["ClientSecret"] = "client-secret-1",
    });
}
