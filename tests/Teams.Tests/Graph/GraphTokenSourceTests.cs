using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class GraphTokenSourceTests
{
    private static ServiceProvider Services(FakeTokenEndpoint tokens, TimeProvider time, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(time);
        services.AddGraph(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(tokens.TrustingHandler);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Token_ClientSecret_AsksTheTenantForGraphAndRenewsWith45MinutesLeft()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        // MSAL stamps expiry on the real clock, so the fake clock starts at the real now.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = Services(tokens, time, new()
        {
            ["Graph:TenantId"] = "tenant-1",
            ["Graph:ClientId"] = "0d5d5e4a-2222-4b2b-9c9c-000000000002",
            ["Graph:ClientSecret"] = "not-a-real-secret",
            ["Graph:AuthorityHost"] = tokens.AuthorityHost.ToString(),
        });
        var source = services.GetRequiredService<GraphTokenSource>();
        var ct = TestContext.Current.CancellationToken;

        var first = await source.GetTokenAsync(ct);
        time.Advance(TimeSpan.FromMinutes(13));
        var cached = await source.GetTokenAsync(ct);
        time.Advance(TimeSpan.FromMinutes(2));
        var renewed = await source.GetTokenAsync(ct);

        Assert.Equal("fake-token-1", first);
        Assert.Equal(first, cached);
        Assert.Equal("fake-token-2", renewed);
        Assert.All(tokens.Requests, r => Assert.Equal("https://graph.microsoft.com/.default", r["scope"]));
        Assert.All(tokens.Paths, p => Assert.StartsWith("/tenant-1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Options_StaticTokenForRealGraph_FailsValidation()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var services = Services(tokens, TimeProvider.System, new() { ["Graph:StaticToken"] = "x" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<GraphOptions>());
    }

    [Fact]
    public async Task Token_NoTenant_TellsWhatToSet()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var services = Services(tokens, TimeProvider.System, new() { ["Graph:ClientId"] = "app" });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<GraphTokenSource>().GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Graph:TenantId", e.Message, StringComparison.Ordinal);
    }
}
