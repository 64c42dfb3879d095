using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Storage.Telemetry;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests.Telemetry;

public sealed class StorageHealthTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StorageHealth_AzuriteAnswers_Reachable()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);

        Assert.True(await storage.Get<StorageHealth>().IsStorageReachableAsync(Ct));
    }

    [Fact]
    public async Task StorageHealth_NothingListensAtTheEndpoint_Unreachable()
    {
        // Azurite's well-known development key, at a port nothing listens on.
        const string Closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = Closed }).Build();
        await using var provider = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();

        Assert.False(await provider.GetRequiredService<StorageHealth>().IsStorageReachableAsync(Ct));
    }
}
