using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Messages;

public sealed class LocalModeTests(AzuriteFixture azurite)
{
    private const string Playground = "http://localhost:56150/_connector";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Local(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AllowUnauthenticatedLocal"] = "true" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task LocalMode_PlaygroundActivityWithoutToken_IsProcessed()
    {
        await using var factory = new BotAppFactory(azurite, Local(("urls", "http://127.0.0.1:3978")));
        using var client = factory.CreateClient();
        var activity = TestActivities.Personal("jono");
        activity["serviceUrl"] = Playground;

        using var response = await PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(factory.Record.Saw(activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task LocalMode_ActivityWithNonLoopbackServiceUrl_Gets401()
    {
        await using var factory = new BotAppFactory(azurite, Local());
        using var client = factory.CreateClient();
        var activity = TestActivities.Personal("jono");

        using var response = await PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(factory.Record.Saw(activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task LocalMode_RequestWithAToken_IsStillValidated()
    {
        await using var factory = new BotAppFactory(azurite, Local());
        using var client = factory.CreateClient();
        var activity = TestActivities.Personal("jono");
        activity["serviceUrl"] = Playground;

        using var response = await PostAsync(client, activity, "Bearer e30.e30.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:0")]
    [InlineData("--urls", "http://127.0.0.1:0;http://*:0")]
    [InlineData("--urls", "http://bot.contoso.example:0")]
    [InlineData("--http_ports", "0")]
    [InlineData("--Kestrel:Endpoints:Web:Url", "http://[::]:0")]
    public async Task LocalMode_BoundBeyondLoopback_RefusesToStart(string key, string value)
    {
        var (exitCode, output) = await AppProcess.RunAsync("--Bot:AllowUnauthenticatedLocal=true", key, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("must listen on loopback only", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_BoundToLoopbackNamesAndAddresses_Starts()
    {
        await using var factory = new BotAppFactory(azurite, Local(("urls", "http://localhost:3978;http://127.0.0.1:3979;http://[::1]:3980")));

        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_WithoutAppIdOrLocalMode_RefusesToStart()
    {
        var (exitCode, output) = await AppProcess.RunAsync("--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Bot:AppId is not set", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAppIdButNoOutboundCredential_RefusesToStart()
    {
        var (exitCode, output) = await AppProcess.RunAsync("--urls", "http://127.0.0.1:0", "--Bot:AppId", BotAppFactory.AppId);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("No outbound credential", output, StringComparison.Ordinal);
    }
}
