using System.Net;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.TeamsApp.Tests.Messages;

public sealed class InboundAuthTests(AuthenticatedApp app) : IClassFixture<AuthenticatedApp>
{
    [Fact]
    public async Task Post_TokenFromConnector_IsProcessed()
    {
        var activity = TestActivities.Personal("jono");

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(app.Record.Saw(activity["id"]!.GetValue<string>()));
    }

    public static TheoryData<string, Func<AuthenticatedApp, FakeBotToken?>> BadTokens => new()
    {
        { "no Authorization header", _ => null },
        { "expired", a => a.Token() with { NotBeforeOffset = TimeSpan.FromHours(-2), ExpiresOffset = TimeSpan.FromMinutes(-6) } },
        { "not yet valid", a => a.Token() with { NotBeforeOffset = TimeSpan.FromMinutes(6) } },
        { "wrong issuer", a => a.Token() with { Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0" } },
        { "wrong audience", a => a.Token() with { Audience = "11111111-2222-3333-4444-555555555555" } },
        { "unknown key", a => a.Token() with { SigningKey = FakeOpenIdServer.UnpublishedKey("key-unknown") } },
        { "key not endorsed for msteams", a => a.Token() with { SigningKey = a.OpenId.AddKey("key-webchat", "webchat") } },
        { "alg none", a => a.Token() with { Algorithm = "none" } },
        { "alg HS256", a => a.Token() with { Algorithm = "HS256" } },
        { "serviceurl claim differs from the activity", a => a.Token("https://smba.trafficmanager.net/amer/") },
        { "no serviceurl claim", a => a.Token() with { OmitServiceUrl = true } },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_BadToken_Gets401WithNoBodyAndIsNotProcessed(string why, Func<AuthenticatedApp, FakeBotToken?> token)
    {
        var activity = TestActivities.Installation("add", "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2", "19:selected@thread.tacv2");
        var id = activity["id"]!.GetValue<string>();

        using var response = await app.PostAsync(activity, token(app));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.False(app.Record.Saw(id), why);
        var team = activity["channelData"]!["team"]!["id"]!.GetValue<string>();
        Assert.Empty(await app.Store.ListTeamAsync(TestActivities.Tenant, team, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("Basic")]
    public async Task Post_OtherScheme_Gets401(string scheme)
    {
        using var response = await app.PostAsync(TestActivities.Personal("hei").ToJsonString(), scheme + " " + app.OpenId.Mint(app.Token()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoTokenAndGarbageBody_Gets401NotA400()
    {
        using var response = await app.PostAsync("{ this is not json", authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_ServiceUrlDiffersOnlyInCaseAndTrailingSlash_IsAccepted()
    {
        using var response = await app.PostAsync(TestActivities.Personal("hei"), app.Token("https://SMBA.trafficmanager.net/emea"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
