using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SomeTeams.Connectors;
using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Demo;

/// <summary>The real demo connector against the functions host's table store, and the page the host serves, on Azurite.</summary>
public sealed class DemoActivityTests(AzuriteFixture azurite)
{
    private const string PageBase = "http://127.0.0.1:3979/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_IsRecordedOnTheTableAndItsLinkShowsItEncoded()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await StartAsync(storage);
        var (demo, account, target) = await FirstMentionAsync(app);
        var reply = new SocialAction(SocialActionKind.ReplyPublic, target, "Pahoittelut! <b>Korjaamme</b> vian heti & ilmoitamme.", "c-7-3", "c-7");

        var done = Assert.IsType<ActionOutcome.Done>(await demo.PerformAsync(account, reply, Ct));

        Assert.Equal(new Uri($"{PageBase}demo/posts/{target.ExternalId}#{done.ExternalId}"), done.Permalink);
        var recorded = Assert.Single(await app.Get<IDemoActivityStore>().ListAsync(target.ExternalId, 10, Ct));
        Assert.Equal((done.ExternalId, SocialActionKind.ReplyPublic, reply.Text, "c-7"), (recorded.Id, recorded.Kind, recorded.Text, recorded.CaseId));
        var page = await app.Client.GetStringAsync(done.Permalink!.PathAndQuery, Ct);
        Assert.Contains("Pahoittelut! &lt;b&gt;Korjaamme&lt;/b&gt; vian heti &amp; ilmoitamme.", page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(target.Text), page, StringComparison.Ordinal);
        Assert.Contains("case c-7", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameAttemptTwice_OneRecordAndTheSameAnswer()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await StartAsync(storage);
        var (demo, account, target) = await FirstMentionAsync(app);
        var hide = new SocialAction(SocialActionKind.Hide, target, null, "c-8-2", "c-8");

        var first = await demo.PerformAsync(account, hide, Ct);
        var again = await demo.PerformAsync(account, hide, Ct);

        Assert.Equal(first, again);
        Assert.Single(await app.Get<IDemoActivityStore>().ListAsync(null, 10, Ct));
    }

    [Fact]
    public async Task IndexPage_InFinnish_ListsWhatWasDone()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await StartAsync(storage);
        var (demo, account, target) = await FirstMentionAsync(app);
        await demo.PerformAsync(account, new SocialAction(SocialActionKind.Hide, target, null, "c-9-2", "c-9"), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/demo");
        request.Headers.AcceptLanguage.ParseAdd("fi-FI,fi;q=0.9,en;q=0.5");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("piilotti viestin", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/demo/posts/{target.ExternalId}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownItem_IsNotFound()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await StartAsync(storage);

        using var response = await app.Client.GetAsync("/demo/posts/no-such-item", Ct);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Deletions_AreKeptPerAccount()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await StartAsync(storage);
        var store = app.Get<IDemoActivityStore>();

        await store.MarkDeletedAsync("demo-x", ["d0001", "d0001", "d/0002"], Ct);

        Assert.Equal(["d0001", "d/0002"], await store.FindDeletedAsync("demo-x", ["d0001", "d/0002", "d0003"], Ct));
        Assert.Empty(await store.FindDeletedAsync("demo-facebook", ["d0001"], Ct));
    }

    private static Task<PipelineApp> StartAsync(TestStorage storage) =>
        PipelineApp.StartAsync(storage, new FakeNetwork(Network.X), runner: false, Ct, settings: new Dictionary<string, string?> { ["Demo:PageBaseUrl"] = PageBase });

    /// <summary>
    /// The app's connector is a fake; the real demo connector is built the way AddConnectors builds
    /// it, on the app's table store and page address.
    /// </summary>
    private static async Task<(ISocialConnector Demo, SourceAccount Account, Mention Target)> FirstMentionAsync(PipelineApp app)
    {
        var services = new ServiceCollection().AddSingleton(app.Get<IDemoActivityStore>()).AddSingleton(app.Get<DemoLinks>())
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddConnectors(new ConfigurationBuilder().Build());
        var provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<ConnectorRegistry>().TryGet(Network.Demo, out var demo));
        var account = SourceAccountCatalog.DemoAccounts.Single(a => a.Id == "demo-x");
        var fetched = Assert.IsType<FetchResult.Fetched>(await demo.FetchAsync(account, FormattableString.Invariant($"{DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds()}:0:-1"), Ct));
        return (demo, account, fetched.Mentions[0]);
    }
}
