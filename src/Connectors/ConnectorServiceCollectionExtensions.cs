using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SomeTeams.Connectors.Bluesky;
using SomeTeams.Connectors.Credentials;
using SomeTeams.Connectors.Demo;
using SomeTeams.Connectors.Facebook;
using SomeTeams.Connectors.Instagram;
using SomeTeams.Connectors.Mastodon;
using SomeTeams.Connectors.Rss;
using SomeTeams.Connectors.Telemetry;
using SomeTeams.Connectors.X;
using SomeTeams.Connectors.YouTube;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The configured accounts, the connectors and their registry. Base addresses come from each
    /// account's settings, so the fakes stand in for the real hosts. No retry handler: a write
    /// must never be repeated blindly, and pollers back off on the errors connectors return.
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(SourceAccountCatalog.From(configuration));
        // Durable when the host has a credential store (AddStorage registers the table one).
        services.TryAddSingleton<IBlueskySessionStore>(p => p.GetService<ICredentialStore>() is { } credentials
            ? new StoredBlueskySessionStore(credentials)
            : new InMemoryBlueskySessionStore());
        // The functions host puts its table store and its page address here first.
        services.TryAddSingleton<IDemoActivityStore, DemoActivityLog>();
        services.TryAddSingleton(new DemoLinks(null));

        services.AddSingleton<ISocialConnector>(p => new MastodonConnector(new MastodonClient(Http(p, "Mastodon"), Time(p)), Log<MastodonConnector>(p)));
        services.AddSingleton<ISocialConnector>(p => new BlueskyConnector(
            new BlueskyClient(Http(p, "Bluesky"), p.GetRequiredService<IBlueskySessionStore>(), Time(p), Log<BlueskyClient>(p)), Time(p), Log<BlueskyConnector>(p)));
        services.AddSingleton<ISocialConnector>(p => new YouTubeConnector(
            new YouTubeClient(Http(p, "YouTube"), new YouTubeTokens(Http(p, "YouTube"), Time(p)), new YouTubeQuota(Time(p), p.GetService<IQuotaLedger>())), Log<YouTubeConnector>(p)));
        services.AddSingleton<ISocialConnector>(p => new RssConnector(Http(p, "Rss"), Time(p), Log<RssConnector>(p)));
        services.AddSingleton<ISocialConnector>(p => new DemoConnector(DemoStream.Default, p.GetRequiredService<IDemoActivityStore>(), p.GetRequiredService<DemoLinks>(), Time(p), Log<DemoConnector>(p)));
        services.AddXConnector().AddFacebookConnector().AddInstagramConnector().AddNetworkCallMeters();
        services.AddSingleton<ConnectorRegistry>();

        foreach (var name in new[] { "Mastodon", "Bluesky", "YouTube", "Rss" })
        {
            // Connectors are singletons holding their client: pooled connections are recycled
            // instead of handlers, so DNS changes are still seen. The factory's request logs
            // (URIs with ids and feed addresses) are removed: connectors log their own.
            services.AddHttpClient(ClientName(name), c => c.Timeout = CallTimeout)
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
                .RemoveAllLoggers();
        }

        return services;
    }

    private static string ClientName(string network) => $"SomeTeams.Connectors.{network}";

    private static HttpClient Http(IServiceProvider p, string network) => p.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName(network));

    private static TimeProvider Time(IServiceProvider p) => p.GetRequiredService<TimeProvider>();

    private static ILogger<T> Log<T>(IServiceProvider p) => p.GetRequiredService<ILogger<T>>();
}
