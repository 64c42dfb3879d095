using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Connectors.Health;
using SomeTeams.Connectors.X;
using SomeTeams.Storage;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Connectors.Tests.Credentials;

/// <summary>One "application instance" composed as the hosts do it: storage, the connectors and account health over the test's tables.</summary>
internal static class StoredHost
{
    public static ServiceProvider Build(TestStorage storage, TimeProvider time, bool withStorage = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = storage.ConnectionString,
                ["Storage:NamePrefix"] = storage.Prefix,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        if (withStorage)
        {
            services.AddStorage(configuration);
        }

        services.AddConnectors(configuration).AddAccountHealth(configuration);
        return services.BuildServiceProvider();
    }

    public static ISocialConnector Connector(this IServiceProvider services, Core.Mentions.Network network) =>
        services.GetRequiredService<ConnectorRegistry>().TryGet(network, out var c) ? c : throw new InvalidOperationException($"No {network} connector.");

    public static IXTokenStore XTokens(this IServiceProvider services) => services.GetRequiredService<IXTokenStore>();
}
