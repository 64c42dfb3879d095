using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Fakes.Graph;

namespace SomeTeams.Teams.Tests.Graph;

/// <summary>The Graph edge as the hosts compose it (AddGraph), pointed at a fresh fake Graph with its static token.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string TeamId = "19a2e6c3-0f4e-4b6c-9a6e-team00000001";

    private GraphHarness(FakeGraphServer graph, FakeTimeProvider time, ServiceProvider services)
    {
        Graph = graph;
        Time = time;
        Services = services;
    }

    public FakeGraphServer Graph { get; }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<GraphHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var config = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Graph:StaticToken"] = FakeGraphServer.Token,
            ["Graph:TeamId"] = TeamId,
            ["Graph:NotificationLink"] = "https://teams.example.test/care?tab=queue",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        services.AddGraph(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        return new GraphHarness(graph, time, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
