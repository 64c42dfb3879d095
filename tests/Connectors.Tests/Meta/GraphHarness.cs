using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Facebook;
using SomeTeams.Connectors.Instagram;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;
using SomeTeams.TestKit.Logging;

namespace SomeTeams.Connectors.Tests.Meta;

/// <summary>The Facebook and Instagram connectors as the host registers them, pointed at a fresh <see cref="GraphFake"/>.</summary>
internal sealed class GraphHarness(GraphFake fake, ServiceProvider services, FakeTimeProvider time, RecordingLoggerProvider logs) : IAsyncDisposable
{
    public static DateTimeOffset Now { get; } = new(2026, 8, 20, 10, 0, 0, TimeSpan.Zero);

    public GraphFake Fake => fake;

    public FakeTimeProvider Time => time;

    public RecordingLoggerProvider Logs => logs;

    public static async Task<GraphHarness> StartAsync()
    {
        var fake = await GraphFake.StartAsync(TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(Now);
        var logs = new RecordingLoggerProvider();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(logs));
        collection.AddSingleton<TimeProvider>(time);
        collection.AddFacebookConnector();
        collection.AddInstagramConnector();
        return new GraphHarness(fake, collection.BuildServiceProvider(), time, logs);
    }

    public ISocialConnector Connector(Network network) => services.GetServices<ISocialConnector>().Single(c => c.Network == network);

    public SourceAccount Facebook(params (string Key, string Value)[] overrides) => Account("fb-acme", Network.Facebook, overrides, ("PageId", GraphFixtures.PageId));

    public SourceAccount Instagram(params (string Key, string Value)[] overrides) =>
        Account("ig-acme", Network.Instagram, overrides, ("UserId", InstagramFixtures.UserId), ("Username", "acme"));

    public InstagramMentions Mentions => services.GetRequiredService<InstagramMentions>();

    public SourceAccount Account(string id, Network network, (string Key, string Value)[] overrides, params (string Key, string Value)[] defaults)
    {
        var settings = new Dictionary<string, string> { ["BaseUrl"] = Fake.BaseAddress.ToString(), ["AccessToken"] = Fake.Token };
        foreach (var (key, value) in defaults.Concat(overrides))
        {
            settings[key] = value;
        }

        return new SourceAccount(id, network, "Acme", true, settings);
    }

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor = null) =>
        Connector(account.Network).FetchAsync(account, cursor, TestContext.Current.CancellationToken);

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action) =>
        Connector(account.Network).PerformAsync(account, action, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
