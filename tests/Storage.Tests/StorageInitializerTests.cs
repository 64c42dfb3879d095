using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class StorageInitializerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnsureCreated_Twice_EveryTableAndQueueExists()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var clients = storage.Get<StorageClients>();

        await storage.Get<StorageInitializer>().EnsureCreatedAsync(Ct);

        var tables = new List<string>();
        await foreach (var t in clients.Tables.QueryAsync(t => true, cancellationToken: Ct))
        {
            tables.Add(t.Name);
        }

        Assert.Superset(clients.Names.Tables.ToHashSet(), tables.ToHashSet());
        foreach (var queue in clients.Names.Queues)
        {
            Assert.True((await clients.Queue(queue).ExistsAsync(Ct)).Value, queue);
        }
    }

    [Fact]
    public async Task AddStorage_WithConnectionString_RegistersTheInitializerAsHostedService()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Contains(storage.Services.GetServices<IHostedService>(), s => s is StorageInitializer);
    }

    [Fact]
    public async Task Fixture_StartedOrReused_ConnectionStringHasExplicitEndpoints()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.Contains("TableEndpoint=http", azurite.ConnectionString, StringComparison.Ordinal);
        Assert.True(azurite.ProcessId is not null || Environment.GetEnvironmentVariable(AzuriteFixture.ConnectionVariable) is not null);
    }
}
