using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.Teams.BotFramework.Conversations;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams;

public static class TeamsServices
{
    /// <summary>The Bot Framework edge: inbound token checks, conversation references, and the outbound connector.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bot = configuration.GetSection(BotAuthOptions.Section);
        services.AddOptions<BotAuthOptions>().Bind(bot);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LocalMode(sp.GetRequiredService<IOptions<BotAuthOptions>>().Value.AllowUnauthenticatedLocal));

        services.AddHttpClient(OpenIdClient, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(sp => new BotSigningKeyCache(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdClient),
            sp.GetRequiredService<IOptions<BotAuthOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotSigningKeyCache>>()));
        services.AddSingleton(sp => new BotTokenValidator(
            sp.GetRequiredService<BotSigningKeyCache>(),
            sp.GetRequiredService<IOptions<BotAuthOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotTokenValidator>>()));

        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.AddSingleton<ConversationRegistry>();
        return services.AddConnector(bot);
    }

    private const string OpenIdClient = "BotFramework.OpenId";
}
