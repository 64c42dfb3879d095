using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.X;
using SomeTeams.TestKit.Logging;

namespace SomeTeams.Connectors.Tests.X;

/// <summary>The X connector as the host registers it, pointed at a fresh <see cref="XFake"/>.</summary>
internal sealed class XHarness(XFake fake, ServiceProvider services, FakeTimeProvider time, RecordingLoggerProvider logs, XHarness.SavedTokens tokens)
    : IAsyncDisposable
{
    public static DateTimeOffset Now { get; } = new(2026, 8, 20, 10, 30, 0, TimeSpan.Zero);

    public XFake Fake => fake;

    /// <summary>This harness's meter factory: a listener that filters on it sees only this harness's measurements, whatever runs in parallel.</summary>
    public object MeterScope => services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public ISocialConnector Connector { get; } = services.GetServices<ISocialConnector>().Single(c => c.Network == Network.X);

    public FakeTimeProvider Time => time;

    public RecordingLoggerProvider Logs => logs;

    public SavedTokens Tokens => tokens;

    public static async Task<XHarness> StartAsync()
    {
        var fake = await XFake.StartAsync(TestContext.Current.CancellationToken);
        var collection = new ServiceCollection();
        var time = new FakeTimeProvider(Now);
        var logs = new RecordingLoggerProvider();
        var tokens = new SavedTokens();
        collection.AddLogging(b => b.AddProvider(logs));
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton<IXTokenStore>(tokens);
        collection.AddXConnector();
        return new XHarness(fake, collection.BuildServiceProvider(), time, logs, tokens);
    }

    public SourceAccount Account(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["BaseUrl"] = Fake.BaseAddress.ToString(),
            ["UserId"] = XFixtures.BrandUserId,
            ["Username"] = XFixtures.BrandUsername,
            ["AccessToken"] = "user-token-1",
            ["RefreshToken"] = "refresh-1",
            ["ClientId"] = "client-1",
            ["ClientSecret"] = "client-secret-1",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new SourceAccount("x-acme", Network.X, "@AcmeSupport", true, settings);
    }

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor = null) =>
        Connector.FetchAsync(account, cursor, TestContext.Current.CancellationToken);

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action) =>
        Connector.PerformAsync(account, action, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Fake.DisposeAsync();
    }

    /// <summary>A token store that remembers what the connector saved.</summary>
    internal sealed class SavedTokens : IXTokenStore
    {
        private readonly ConcurrentDictionary<string, XTokens> saved = new();

        public XTokens? For(string accountId) => saved.GetValueOrDefault(accountId);

        public ValueTask<XTokens?> GetAsync(SourceAccount account, CancellationToken cancellationToken) => ValueTask.FromResult(saved.GetValueOrDefault(account.Id));

        public ValueTask SaveAsync(SourceAccount account, XTokens tokens, CancellationToken cancellationToken)
        {
            saved[account.Id] = tokens;
            return ValueTask.CompletedTask;
        }
    }
}
