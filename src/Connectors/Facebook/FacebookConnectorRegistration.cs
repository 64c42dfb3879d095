using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Facebook;

public static class FacebookConnectorRegistration
{
    public static IServiceCollection AddFacebookConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<GraphClient>().RemoveAllLoggers(); // URLs carry user and item ids
        services.TryAddTransient<FacebookFetcher>();
        services.TryAddTransient<FacebookActions>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISocialConnector, FacebookConnector>());
        return services;
    }
}
