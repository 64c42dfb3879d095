using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Auth;

namespace SomeTeams.Teams.BotFramework.Outbound;

internal static class ConnectorServices
{
    public const string ConnectorHttpClient = "BotFramework.Connector";

    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration bot)
    {
        services.AddOptions<ConnectorOptions>().Bind(bot);
        services.AddHttpClient(MsalHttpClients.Name, c => c.Timeout = TimeSpan.FromSeconds(30));

        // Our own retries decide what is safe to resend, so the client has only a timeout.
        // Connector URLs carry conversation and user ids: ConnectorCalls logs its own lines without them.
        services.AddHttpClient(ConnectorHttpClient, c => c.Timeout = TimeSpan.FromSeconds(20)).RemoveAllLoggers();
        services.AddSingleton(sp => new ConnectorTokenProvider(
            sp.GetRequiredService<IOptions<ConnectorOptions>>(),
            new MsalHttpClients(sp.GetRequiredService<IHttpClientFactory>()),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorTokenProvider>>()));
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<TeamsPacer>();
        services.AddTransient(sp => new ConnectorClient(new ConnectorCalls(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorHttpClient),
            sp.GetRequiredService<ConnectorTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>(),
            sp.GetRequiredService<TeamsPacer>(),
            sp.GetRequiredService<LocalMode>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorCalls>>())));
        return services;
    }
}
