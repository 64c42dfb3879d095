using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/", true)]
    [InlineData("https://SMBA.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("https://europe.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/emea/", false)]
    [InlineData("https://evil.trafficmanager.net/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://teams.microsoft.com.evil.example/", false)]
    [InlineData("https://user@smba.trafficmanager.net/emea/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    public void IsTrusted_ConnectorHosts_Only(string url, bool trusted)
    {
        var urls = new TrustedServiceUrls(new LocalMode(false), Options.Create(new ConnectorOptions()));

        Assert.Equal(trusted, urls.IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://[::1]:56150/_connector", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    public void IsTrusted_InLocalMode_LoopbackOnly(string url, bool trusted)
    {
        var urls = new TrustedServiceUrls(new LocalMode(true), Options.Create(new ConnectorOptions()));

        Assert.Equal(trusted, urls.IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_ConfiguredOrigin_MatchesSchemeHostAndPortExactly()
    {
        var options = new ConnectorOptions();
        options.TrustedServiceUrls.Add("http://127.0.0.1:5123/");
        var urls = new TrustedServiceUrls(new LocalMode(false), Options.Create(options));

        Assert.True(urls.IsTrusted(new Uri("http://127.0.0.1:5123/emea/")));
        Assert.False(urls.IsTrusted(new Uri("http://127.0.0.1:5124/emea/")));
    }
}
