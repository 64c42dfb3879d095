using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Connectors.Credentials;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.X;

public static class XConnectorRegistration
{
    /// <summary>
    /// Registers the X connector. Refreshed tokens go to the host's durable
    /// <see cref="ICredentialStore"/> when it has one (AddStorage registers it), otherwise they
    /// live only as long as the process; an <see cref="IXTokenStore"/> registered before this call wins.
    /// </summary>
    public static IServiceCollection AddXConnector(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IXTokenStore>(p => p.GetService<ICredentialStore>() is { } credentials
            ? new StoredXTokenStore(credentials)
            : new ProcessXTokenStore());
        services.TryAddSingleton<XTokenKeeper>();
        services.TryAddSingleton<XMetrics>();
        services.TryAddSingleton<XStreamGate>();
        services.AddHttpClient<XApiClient>().RemoveAllLoggers(); // URLs carry user and item ids
        services.TryAddTransient<XFetcher>();
        services.TryAddTransient<XActions>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISocialConnector, XConnector>());
        return services;
    }
}
