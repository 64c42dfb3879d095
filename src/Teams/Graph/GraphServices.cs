using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.Graph;

public static class GraphServices
{
    public const string HttpClientName = "Graph";

    /// <summary>
    /// The Graph edge: one <see cref="GraphServiceClient"/> on a plain HttpClient (no SDK retry or
    /// redirect handlers: a 429 is a value the caller schedules around, not a wait inside a request).
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).Validate(Validate, "Graph:StaticToken is only for a loopback Graph:BaseUrl.").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Graph paths carry user ids (/users/{id}/…): the framework's per-request log lines would write them out.
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddHttpClient(MsalHttpClients.Name, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value);
        services.AddSingleton(sp => new GraphTokenSource(
            sp.GetRequiredService<GraphOptions>(),
            new MsalHttpClients(sp.GetRequiredService<IHttpClientFactory>()),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GraphTokenSource>>()));
        services.AddSingleton(sp => Create(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<GraphTokenSource>(),
            sp.GetRequiredService<GraphOptions>()));
        services.AddSingleton<ActivityFeedNotifier>();
        services.AddSingleton<ShiftSchedule>();
        services.AddSingleton<PresenceReader>();
        services.AddSingleton<RotaReader>();
        services.TryAddSingleton<GroupMembership>();
        return services;
    }

    public static GraphServiceClient Create(HttpClient http, GraphTokenSource tokens, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GraphServiceClient(http, new GraphAuthentication(tokens), options.BaseUrl.ToString().TrimEnd('/'));
    }

    internal static bool Validate(GraphOptions options) =>
        string.IsNullOrEmpty(options.StaticToken) || options.BaseUrl.IsLoopback;
}
