using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Mastodon;
using SomeTeams.Connectors.Tests.Logging;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Mastodon;

namespace SomeTeams.Connectors.Tests.Mastodon;

/// <summary>A Mastodon connector wired to a fresh fake instance.</summary>
internal sealed class MastodonHarness : IAsyncDisposable
{
    private readonly HttpClient http = new();

    private MastodonHarness(FakeMastodon fake)
    {
        Fake = fake;
        Account = new SourceAccount("acme-mastodon", Network.Mastodon, "Acme on Mastodon", true, new Dictionary<string, string>
        {
            ["BaseUrl"] = fake.BaseAddress.ToString(),
            ["AccessToken"] = FakeMastodon.Token,
        });
        Connector = new MastodonConnector(new MastodonClient(http, Time), Logger);
    }

    public FakeMastodon Fake { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 20, 7, 50, 0, TimeSpan.Zero));

    public ListLogger<MastodonConnector> Logger { get; } = new();

    public SourceAccount Account { get; }

    public MastodonConnector Connector { get; }

    public static async Task<MastodonHarness> StartAsync() => new(await FakeMastodon.StartAsync());

    public static MastodonStatusFixture Status(long id, string? inReplyTo = null, string visibility = "public") =>
        new(id.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateTimeOffset(2026, 8, 20, 7, 0, 0, TimeSpan.Zero).AddSeconds(id % 10_000), InReplyToId: inReplyTo, Visibility: visibility);

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Fake.DisposeAsync();
    }
}
