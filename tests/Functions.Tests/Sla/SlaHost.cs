using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Sla;

/// <summary>
/// The functions app as Program.cs builds it, in custom-handler mode so tests run functions
/// directly, on a fake clock; the Teams pacer runs on a <see cref="SteppingClock"/> over it.
/// (PipelineApp's settings, kept separate so the pacer's clock can be swapped.)
/// </summary>
internal sealed class SlaHost : IAsyncDisposable
{
    private readonly FakeTokenEndpoint _tokens;

    private SlaHost(WebApplication app, FakeBotConnector teams, FakeTokenEndpoint tokens)
    {
        App = app;
        Teams = teams;
        _tokens = tokens;
    }

    public WebApplication App { get; }

    public FakeBotConnector Teams { get; }

    public IServiceProvider Services => App.Services;

    public CaseStore Cases => Get<CaseStore>();

    public WorkQueues Queues => Get<WorkQueues>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<SlaHost> StartAsync(TestStorage storage, TimeProvider time, IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var teams = await FakeBotConnector.StartAsync();
        var tokens = await FakeTokenEndpoint.StartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        var configuration = new Dictionary<string, string?>
        {
            ["Worker:Mode"] = "FunctionsCustomHandler",
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0",
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Connectors:DemoWhenEmpty"] = "false",
            ["Connectors:Accounts:0:Id"] = PipelineApp.AccountId,
            ["Connectors:Accounts:0:Network"] = nameof(Network.Facebook),
            ["Connectors:Accounts:0:Settings:PageId"] = PipelineApp.PageId,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:AppId"] = "0d5d5e4a-1111-4b2b-9c9c-000000000001",
            ["Bot:TenantId"] = PipelineApp.TenantId,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:AuthorityHost"] = tokens.AuthorityHost.ToString(),
            ["Bot:TrustedServiceUrls:0"] = teams.ServiceUrl,
            ["Channels:*:TenantId"] = PipelineApp.TenantId,
            ["Channels:*:ChannelId"] = PipelineApp.ChannelId,
            ["Channels:*:ServiceUrl"] = teams.ServiceUrl,
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.UseTestServer();
        builder.AddFunctionsHost();
        builder.Services.RemoveAll<ISocialConnector>();
        builder.Services.AddSingleton<ISocialConnector>(new FakeNetwork(Network.Facebook));
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton(time);
        builder.Services.RemoveAll<TeamsPacer>();
        builder.Services.AddSingleton(sp => new TeamsPacer(new SteppingClock(time), sp.GetRequiredService<IOptions<ConnectorOptions>>()));
        builder.Services.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(tokens.TrustingHandler);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.MapFunctionsHost();
        await app.StartAsync(cancellationToken);
        return new SlaHost(app, teams, tokens);
    }

    public async Task RunAsync<TFunction>(string body, CancellationToken cancellationToken)
        where TFunction : IQueueFunction
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TFunction>().RunAsync(new QueueMessage(Guid.NewGuid().ToString(), body, 1), cancellationToken);
    }

    /// <summary>Triages everything on <c>mentions</c>; the <c>cards</c> bodies sent meanwhile.</summary>
    public async Task<IReadOnlyList<string>> TriageAllAsync(CancellationToken cancellationToken)
    {
        foreach (var body in await PipelineApp.DrainAsync(Queues.Mentions, cancellationToken))
        {
            await RunAsync<TriageMention>(body, cancellationToken);
        }

        return await PipelineApp.DrainAsync(Queues.Cards, cancellationToken);
    }

    public Task<Case?> CaseOfAsync(Mention mention, CancellationToken cancellationToken) =>
        Cases.FindByThreadAsync(CaseThread.Of(mention), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Teams.DisposeAsync();
        await _tokens.DisposeAsync();
    }
}
