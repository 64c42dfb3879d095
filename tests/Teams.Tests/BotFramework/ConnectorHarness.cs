using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

/// <summary>The real connector services (AddTeams) against a fake connector and a fake token endpoint, on one fake clock.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ChannelThread = "19:triage@thread.tacv2;messageid=1776390257332";

    private readonly ServiceProvider services;

    private ConnectorHarness(FakeBotConnector connector, FakeTokenEndpoint tokens, FakeTimeProvider time, ServiceProvider services)
    {
        Connector = connector;
        Tokens = tokens;
        Time = time;
        this.services = services;
    }

    public FakeBotConnector Connector { get; }

    public FakeTokenEndpoint Tokens { get; }

    public FakeTimeProvider Time { get; }

    public ConnectorClient Client => services.GetRequiredService<ConnectorClient>();

    public TeamsPacer Pacer => services.GetRequiredService<TeamsPacer>();

    public ConversationTarget Target => new(Connector.ServiceUrl, TenantId, ChannelThread);

    public static async Task<ConnectorHarness> StartAsync(Dictionary<string, string?>? settings = null, bool enforceTeamsLimits = false)
    {
        // MSAL stamps expiry on the real clock, so the fake clock starts at the real now.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var connector = await FakeBotConnector.StartAsync(time, enforceTeamsLimits);
        var tokens = await FakeTokenEndpoint.StartAsync();
        var config = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "0d5d5e4a-1111-4b2b-9c9c-000000000001",
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:AuthorityHost"] = tokens.AuthorityHost.ToString(),
            ["Bot:TrustedServiceUrls:0"] = connector.ServiceUrl,
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        collection.AddTeams(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        collection.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(tokens.TrustingHandler);
        return new ConnectorHarness(connector, tokens, time, collection.BuildServiceProvider());
    }

    /// <summary>Moves the fake clock on until the call finishes, so backoffs and pacing pass without sleeping.</summary>
    public async Task<T> DriveAsync<T>(Task<T> call, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!call.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step ?? TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(call, Task.Delay(5, TestContext.Current.CancellationToken));
        }

        return await call;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
