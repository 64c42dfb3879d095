using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>
/// The functions app as Program.cs builds it (<c>AddFunctionsHost</c> + <c>MapFunctionsHost</c>),
/// on a test's own Azurite names, with the social network replaced by a <see cref="FakeNetwork"/>.
/// With <c>runner</c> the embedded runner drains the queues; without it, the app is in
/// custom-handler mode and tests run functions directly.
/// </summary>
internal sealed class PipelineApp : IAsyncDisposable
{
    public const string AccountId = "fb-acme", PageId = "104857390012345";
    public const string MetaSecret = "meta-app-secret-for-tests", MetaVerifyToken = "verify-me", XSecret = "x-consumer-secret-for-tests";

    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47", ChannelId = "19:triage@thread.tacv2";

    /// <summary>The managers' channel (route <c>managers</c>): crisis cards go there.</summary>
    public const string ManagersChannelId = "19:managers@thread.tacv2";

    private PipelineApp(WebApplication app, FakeBotConnector teams, FakeTokenEndpoint tokens)
    {
        App = app;
        Teams = teams;
        _tokens = tokens;
    }

    private readonly FakeTokenEndpoint _tokens;

    /// <summary>The Bot Connector the card poster posts to; it records every request.</summary>
    public FakeBotConnector Teams { get; }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public HttpClient Client => App.GetTestClient();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public WorkQueues Queues => Services.GetRequiredService<WorkQueues>();

    public CaseStore Cases => Services.GetRequiredService<CaseStore>();

    public static async Task<PipelineApp> StartAsync(
        TestStorage storage, FakeNetwork network, bool runner, CancellationToken cancellationToken, TimeProvider? time = null, IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null, bool teamsLimits = false)
    {
        ArgumentNullException.ThrowIfNull(storage);
        // With teamsLimits the fake Bot Connector answers 429 past Teams' limits, counted on the test's clock.
        var teams = teamsLimits ? await FakeBotConnector.StartAsync(time, enforceTeamsLimits: true) : await FakeBotConnector.StartAsync();
        var tokens = await FakeTokenEndpoint.StartAsync();
        // Development turns on the container's scope and build checks, so a wiring mistake fails here.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        var configuration = new Dictionary<string, string?>
        {
            ["Worker:Mode"] = runner ? "Embedded" : "FunctionsCustomHandler",
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0",
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Connectors:DemoWhenEmpty"] = "false",
            ["Connectors:Accounts:0:Id"] = AccountId,
            ["Connectors:Accounts:0:Network"] = network.Network.ToString(),
            ["Connectors:Accounts:0:Settings:PageId"] = PageId,
            ["Webhooks:MetaAppSecret"] = MetaSecret,
            ["Webhooks:MetaVerifyToken"] = MetaVerifyToken,
            ["Webhooks:XConsumerSecret"] = XSecret,
            ["Runner:VisibilityTimeout"] = "00:00:02",
            ["Runner:RetryDelay"] = "00:00:00",
            ["Runner:MaxPollingInterval"] = "00:00:00.200",
            ["Runner:RunTimers"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:AppId"] = "0d5d5e4a-1111-4b2b-9c9c-000000000001",
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:AuthorityHost"] = tokens.AuthorityHost.ToString(),
            ["Bot:TrustedServiceUrls:0"] = teams.ServiceUrl,
            ["Channels:*:TenantId"] = TenantId,
            ["Channels:*:ChannelId"] = ChannelId,
            ["Channels:*:ServiceUrl"] = teams.ServiceUrl,
            ["Channels:managers:TenantId"] = TenantId,
            ["Channels:managers:ChannelId"] = ManagersChannelId,
            ["Channels:managers:ServiceUrl"] = teams.ServiceUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.UseTestServer();
        builder.AddFunctionsHost();
        builder.Services.RemoveAll<ISocialConnector>();
        builder.Services.AddSingleton<ISocialConnector>(network);
        if (time is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(tokens.TrustingHandler);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapFunctionsHost();
        await app.StartAsync(cancellationToken);
        return new PipelineApp(app, teams, tokens);
    }

    /// <summary>Runs a queue function once, as a host delivery would (an exception is a failed delivery).</summary>
    public async Task RunAsync<TFunction>(string body, CancellationToken cancellationToken, long dequeueCount = 1)
        where TFunction : IQueueFunction
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TFunction>().RunAsync(new QueueMessage(Guid.NewGuid().ToString(), body, dequeueCount), cancellationToken);
    }

    public async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PollSources>().RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), cancellationToken);
    }

    /// <summary>Receives every message of a queue (hidden for a minute) and returns the bodies: what the next function would get.</summary>
    public static async Task<IReadOnlyList<string>> DrainAsync(QueueGateway queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var bodies = new List<string>();
        while (await queue.ReceiveAsync(32, TimeSpan.FromMinutes(1), cancellationToken) is { Count: > 0 } batch)
        {
            foreach (var item in batch)
            {
                bodies.Add(item.Body);
                await queue.DeleteAsync(item, cancellationToken);
            }
        }

        return bodies;
    }

    /// <summary>Triages everything on <c>mentions</c> until it is empty; the <c>cards</c> bodies sent meanwhile.</summary>
    public async Task<IReadOnlyList<string>> TriageAllAsync(CancellationToken cancellationToken)
    {
        foreach (var body in await DrainAsync(Queues.Mentions, cancellationToken))
        {
            await RunAsync<TriageMention>(body, cancellationToken);
        }

        return await DrainAsync(Queues.Cards, cancellationToken);
    }

    public Task<Case?> CaseOfAsync(Mention mention, CancellationToken cancellationToken) =>
        Cases.FindByThreadAsync(CaseThread.Of(mention), cancellationToken);

    public static Mention Comment(string externalId, string thread = "post-1", string author = "7000000000000001", string text = "Netti ei toimi taas, kolmas kerta tällä viikolla", DateTimeOffset? at = null) =>
        new(Network.Facebook, AccountId, externalId, MentionKind.Comment, thread, thread, new Author(author, "Dana K", "Dana K"), text,
            at ?? DateTimeOffset.UtcNow.AddMinutes(-1), IsPrivate: false);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Teams.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    /// <summary>Channel threads the card poster opened (one per case) and card updates it made.</summary>
    public (int Posted, int Updated) CardWrites() =>
        (Teams.Requests.Count(r => r is { Method: "POST", StatusCode: < 300 } && r.Segments[^1] == "conversations"),
         Teams.Requests.Count(r => r is { Method: "PUT", StatusCode: < 300 }));
}
