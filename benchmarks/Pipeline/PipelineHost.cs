using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SomeTeams.Connectors;
using SomeTeams.Functions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// The functions app as Program.cs builds it, in-process on Kestrel (loopback), with the embedded
/// runner draining the queues, storage on Azurite, the network replaced by <see cref="BenchNetwork"/>
/// and Teams by <see cref="FakeBotConnector"/>. Each account routes to its own channel, as a care
/// team with several brands would, so Teams' per-channel limit is not the only thing that binds.
/// </summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly FakeTokenEndpoint _tokens;

    private PipelineHost(WebApplication app, FakeBotConnector teams, FakeTokenEndpoint tokens)
    {
        App = app;
        Teams = teams;
        _tokens = tokens;
    }

    public WebApplication App { get; }

    public FakeBotConnector Teams { get; }

    public static async Task<PipelineHost> StartAsync(TestStorage storage, BenchNetwork network, int accounts, bool enforceTeamsLimits, CancellationToken cancellationToken)
    {
        var teams = await FakeBotConnector.StartAsync(enforceTeamsLimits: enforceTeamsLimits);
        var tokens = await FakeTokenEndpoint.StartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        var configuration = new Dictionary<string, string?>
        {
            ["Worker:Mode"] = "Embedded",
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Connectors:DemoWhenEmpty"] = "false",
            ["Runner:RunTimers"] = "false",
            ["Runner:MaxPollingInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:AppId"] = "0d5d5e4a-1111-4b2b-9c9c-000000000001",
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:AuthorityHost"] = tokens.AuthorityHost.ToString(),
            ["Bot:TrustedServiceUrls:0"] = teams.ServiceUrl,
        };
        var rules = new StringBuilder("{\"default\":\"brand-000\",\"rules\":[");
        for (var a = 0; a < accounts; a++)
        {
            var id = AccountId(a);
            var route = "brand-" + a.ToString("D3", CultureInfo.InvariantCulture);
            configuration[$"Connectors:Accounts:{a}:Id"] = id;
            configuration[$"Connectors:Accounts:{a}:Network"] = network.Network.ToString();
            configuration[$"Connectors:Accounts:{a}:Settings:PageId"] = (104857390012345L + a).ToString(CultureInfo.InvariantCulture);
            configuration[$"Channels:{route}:TenantId"] = TenantId;
            configuration[$"Channels:{route}:ChannelId"] = $"19:{route}@thread.tacv2";
            configuration[$"Channels:{route}:ServiceUrl"] = teams.ServiceUrl;
            rules.Append(a == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"channel\":\"{route}\",\"account\":\"{id}\"}}");
        }

        configuration["Routing:Json"] = rules.Append("]}").ToString();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddFunctionsHost();
        builder.Services.RemoveAll<ISocialConnector>();
        builder.Services.AddSingleton<ISocialConnector>(network);
        builder.Services.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(tokens.TrustingHandler);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.MapFunctionsHost();
        await app.StartAsync(cancellationToken);
        return new PipelineHost(app, teams, tokens);
    }

    public static string AccountId(int a) => "fb-bench-" + a.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>One timer tick of the poller, as the host would run it.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PollSources>().RunAsync(new TimerTick(DateTimeOffset.UtcNow, false), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Teams.DisposeAsync();
        await _tokens.DisposeAsync();
    }
}
