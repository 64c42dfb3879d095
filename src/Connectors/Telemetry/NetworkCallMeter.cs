using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.Connectors.Telemetry;

/// <summary>
/// Counts the 429 answers of a network's HTTP client where they arrive, before a connector turns
/// them into a <see cref="ConnectorError"/> value (which may also be a spent quota or a retry).
/// </summary>
internal sealed class NetworkCallMeter(string network) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            SomeTeamsMetrics.NetworkThrottled(network);
        }

        return response;
    }
}

internal static class NetworkCallMeters
{
    /// <summary>The connectors' HttpClients by name (typed clients are named after their type) and the network each serves.</summary>
    private static readonly (string Client, string Network)[] Clients =
    [
        ("SomeTeams.Connectors.Mastodon", "Mastodon"),
        ("SomeTeams.Connectors.Bluesky", "Bluesky"),
        ("SomeTeams.Connectors.YouTube", "YouTube"),
        ("SomeTeams.Connectors.Rss", "Rss"),
        ("XApiClient", "X"),
        ("GraphClient", "Meta"),
        ("InstagramMentions", "Instagram"),
    ];

    public static IServiceCollection AddNetworkCallMeters(this IServiceCollection services)
    {
        foreach (var (client, network) in Clients)
        {
            services.AddHttpClient(client).AddHttpMessageHandler(() => new NetworkCallMeter(network));
        }

        return services;
    }
}
