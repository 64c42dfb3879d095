using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SomeTeams.Connectors.X;

public static class XConnectorRegistration
{
    /// <summary>
    /// Registers the X connector. Register a persistent <see cref="IXTokenStore"/> before this
    /// call; otherwise refreshed tokens live only as long as the process.
    /// </summary>
    public static IServiceCollection AddXConnector(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IXTokenStore, ProcessXTokenStore>();
        services.TryAddSingleton<XTokenKeeper>();
        services.TryAddSingleton<XMetrics>();
        services.TryAddSingleton<XStreamGate>();
        services.AddHttpClient<XApiClient>();
        services.TryAddTransient<XFetcher>();
        services.TryAddTransient<XActions>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISocialConnector, XConnector>());
        return services;
    }
}
