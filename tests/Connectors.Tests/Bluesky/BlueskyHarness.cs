using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Bluesky;
using SomeTeams.Connectors.Tests.Logging;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Bluesky;

namespace SomeTeams.Connectors.Tests.Bluesky;

/// <summary>A Bluesky connector wired to a fresh fake PDS; <see cref="Restart"/> builds a new connector on the same session store.</summary>
internal sealed class BlueskyHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 8, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly HttpClient http = new();

    private BlueskyHarness(FakeBluesky fake)
    {
        Fake = fake;
        Account = new SourceAccount("acme-bluesky", Network.Bluesky, "Acme on Bluesky", true, new Dictionary<string, string>
        {
            ["BaseUrl"] = fake.BaseAddress.ToString(),
            ["Handle"] = FakeBluesky.BrandHandle,
            ["AppPassword"] = FakeBluesky.AppPassword,
        });
        Connector = Restart();
    }

    public FakeBluesky Fake { get; }

    public FakeTimeProvider Time { get; } = new(T0.AddMinutes(5));

    public IBlueskySessionStore Store { get; } = new InMemoryBlueskySessionStore();

    public ListLogger<BlueskyConnector> Logger { get; } = new();

    public ListLogger<BlueskyClient> ClientLogger { get; } = new();

    public SourceAccount Account { get; }

    public BlueskyConnector Connector { get; }

    public static async Task<BlueskyHarness> StartAsync() => new(await FakeBluesky.StartAsync());

    public static BlueskyPostFixture Post(int n, string reason = "reply") => new($"3lxpost{n:D6}", T0.AddSeconds(n), reason);

    public BlueskyConnector Restart() => new(new BlueskyClient(http, Store, Time, ClientLogger), Time, Logger);

    public int Calls(string nsid) => Fake.Requests.Count(r => r.Path == "/xrpc/" + nsid);

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Fake.DisposeAsync();
    }
}
