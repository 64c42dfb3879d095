using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Connectors.Meta;

namespace SomeTeams.Connectors.Instagram;

public static class InstagramConnectorRegistration
{
    /// <summary>Registers the Instagram connector and <see cref="InstagramMentions"/> for webhook-announced mentions.</summary>
    public static IServiceCollection AddInstagramConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<GraphClient>().RemoveAllLoggers(); // URLs carry user and item ids
        services.AddHttpClient<InstagramMentions>().RemoveAllLoggers(); // URLs carry user and item ids
        services.TryAddTransient<InstagramFetcher>();
        services.TryAddTransient<InstagramActions>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISocialConnector, InstagramConnector>());
        return services;
    }
}
