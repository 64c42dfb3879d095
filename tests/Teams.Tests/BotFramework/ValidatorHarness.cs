using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

/// <summary>A validator wired to a fake OpenID server, both on one fake clock.</summary>
internal sealed class ValidatorHarness : IAsyncDisposable
{
    public const string AppId = "0d5d5e4a-1111-4b2b-9c9c-000000000001";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly HttpClient http = new();
    private readonly BotSigningKeyCache cache;

    private ValidatorHarness(FakeOpenIdServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        var options = Options.Create(new BotAuthOptions { AppId = AppId, OpenIdMetadataUrl = server.MetadataUrl });
        cache = new BotSigningKeyCache(http, options, time, NullLogger<BotSigningKeyCache>.Instance);
        Validator = new BotTokenValidator(cache, options, time, NullLogger<BotTokenValidator>.Instance);
    }

    public FakeOpenIdServer Server { get; }

    public FakeTimeProvider Time { get; }

    public BotTokenValidator Validator { get; }

    public static async Task<ValidatorHarness> StartAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        return new ValidatorHarness(await FakeOpenIdServer.StartAsync(time), time);
    }

    public FakeBotToken Token() => new() { Audience = AppId, ServiceUrl = ServiceUrl, SigningKey = Server.DefaultKey };

    public Task<TokenCheck> CheckAsync(FakeBotToken token) =>
        Validator.ValidateAsync("Bearer " + Server.Mint(token), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        cache.Dispose();
        http.Dispose();
        await Server.DisposeAsync();
    }
}
