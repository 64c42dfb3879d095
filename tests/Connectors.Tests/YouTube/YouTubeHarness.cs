using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Tests.Logging;
using SomeTeams.Connectors.YouTube;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.YouTube;

namespace SomeTeams.Connectors.Tests.YouTube;

/// <summary>A YouTube connector wired to a fresh fake API and token endpoint.</summary>
internal sealed class YouTubeHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 8, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly HttpClient http = new();

    private YouTubeHarness(FakeYouTube fake, IReadOnlyDictionary<string, string> extra)
    {
        Fake = fake;
        var settings = new Dictionary<string, string>
        {
            ["BaseUrl"] = fake.ApiBase.ToString(),
            ["ChannelId"] = FakeYouTube.ChannelId,
            ["RefreshToken"] = FakeYouTube.RefreshToken,
            ["ClientId"] = "acme-client.apps.googleusercontent.com",
            ["ClientSecret"] = "GOCSPX-acme-secret",
            ["TokenUrl"] = fake.TokenUrl.ToString(),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        Account = new SourceAccount("acme-youtube", Network.YouTube, "Acme on YouTube", true, settings);
        Connector = new YouTubeConnector(new YouTubeClient(http, new YouTubeTokens(http, Time), new YouTubeQuota(Time)), Logger);
    }

    public FakeYouTube Fake { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 20, 10, 0, 0, TimeSpan.Zero));

    public ListLogger<YouTubeConnector> Logger { get; } = new();

    public SourceAccount Account { get; }

    public YouTubeConnector Connector { get; }

    public static async Task<YouTubeHarness> StartAsync(IReadOnlyDictionary<string, string>? settings = null) =>
        new(await FakeYouTube.StartAsync(), settings ?? new Dictionary<string, string>());

    public static YouTubeCommentFixture Comment(int n) => new($"Ugz{n:D6}AaABAg", T0.AddMinutes(n));

    public static YouTubeCommentFixture Reply(YouTubeCommentFixture parent, int n) =>
        new($"{parent.Id}.9xR{n:D6}", parent.PublishedAt.AddSeconds(n), "same here", "@lee_writes", "UClee000000000000000000", parent.Id);

    public IReadOnlyList<SomeTeams.TestKit.Fakes.Http.RecordedRequest> ApiCalls(string path) =>
        [.. Fake.Requests.Where(r => r.Path == "/youtube/v3/" + path)];

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Fake.DisposeAsync();
    }
}
