namespace SomeTeams.TeamsApp.Messages;

internal static class MessagesServices
{
    /// <summary>The /api/messages pipeline: router, handlers (added by their features) and start-up checks.</summary>
    public static IServiceCollection AddBotMessages(this IServiceCollection services)
    {
        services.AddSingleton<ActivityRouter>();
        services.AddHostedService<StartupChecks>();
        services.AddProblemDetails();
        return services;
    }
}
