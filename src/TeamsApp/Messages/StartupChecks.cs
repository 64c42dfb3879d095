using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.TeamsApp.Messages;

/// <summary>
/// Refuses to start a bot that would run open or half-configured: local mode (no inbound
/// authentication) only when every bound address is loopback; otherwise an app id and an
/// outbound credential. Runs before any hosted service starts, so before Kestrel listens.
/// Resolving the router here checks the routes at start-up.
/// </summary>
internal sealed class StartupChecks(
    IConfiguration configuration, IOptions<BotAuthOptions> options, LocalMode local, ConnectorTokenProvider tokens, ActivityRouter router) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = router.Verbs;
        if (local.Enabled)
        {
            var open = BindingAddresses.From(configuration).Where(u => !BindingAddresses.IsLoopback(u)).ToList();
            if (open.Count > 0)
            {
                throw new InvalidOperationException(
                    "Bot:AllowUnauthenticatedLocal=true turns off authentication of /api/messages, so the app must listen on loopback only, " +
                    $"but it is bound to {string.Join(", ", open)}. Use e.g. --urls http://127.0.0.1:3978, or remove Bot:AllowUnauthenticatedLocal.");
            }

            return Task.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(options.Value.AppId))
        {
            throw new InvalidOperationException(
                "Bot:AppId is not set. Set Bot:AppId (and Bot:TenantId and an outbound credential) to run against Teams, " +
                "or Bot:AllowUnauthenticatedLocal=true with loopback-only URLs for the Agents Playground.");
        }

        tokens.EnsureConfigured();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
