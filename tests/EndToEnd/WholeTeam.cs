using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>
/// The whole system as the local run wires it, each part its own process: the bot in local mode,
/// the Agents Playground as its Teams client, and the functions on the embedded runner with the
/// demo source, posting cards into the Playground's Triage channel and sending through the outbox.
/// Its own storage names (a prefix on the shared Azurite), so no other test's host takes its work.
/// </summary>
internal sealed class WholeTeam : IAsyncDisposable
{
    private readonly LocalTeam team;

    private WholeTeam(LocalTeam team, ServiceProcess functions)
    {
        this.team = team;
        Functions = functions;
    }

    public ServiceProcess Bot => team.Bot;

    public ServiceProcess Playground => team.Playground;

    public PlaygroundClient Client => team.Client;

    public ServiceProcess Functions { get; }

    public static async Task<WholeTeam> StartAsync(string storageConnection, CancellationToken cancellationToken)
    {
        var prefix = "flow" + Guid.NewGuid().ToString("N")[..8];
        var team = await LocalTeam.StartAsync(storageConnection, prefix, cancellationToken).ConfigureAwait(false);
        try
        {
            var connector = $"http://localhost:{team.Playground.Port}/_connector";
            var functions = await HostProcess.StartFunctionsAsync(
                new Dictionary<string, string>
                {
                    ["Storage__ConnectionString"] = storageConnection,
                    ["Storage__NamePrefix"] = prefix,
                    ["Bot__AllowUnauthenticatedLocal"] = "true",
                    ["Connectors__DemoWhenEmpty"] = "true",
                    ["Channels__triage__TenantId"] = PlaygroundPeople.TenantId,
                    ["Channels__triage__ChannelId"] = PlaygroundPeople.TriageChannelId,
                    ["Channels__triage__ServiceUrl"] = connector,
                    ["Channels__admins__TenantId"] = PlaygroundPeople.TenantId,
                    ["Channels__admins__ChannelId"] = PlaygroundPeople.TeamId,
                    ["Channels__admins__ServiceUrl"] = connector,
                },
                cancellationToken).ConfigureAwait(false);
            return new WholeTeam(team, functions);
        }
        catch
        {
            await team.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>What the three processes printed, for a failure message.</summary>
    public string Output() => $"--- bot\n{Bot.Output()}\n--- functions\n{Functions.Output()}";

    public async ValueTask DisposeAsync()
    {
        await Functions.DisposeAsync().ConfigureAwait(false);
        await team.DisposeAsync().ConfigureAwait(false);
    }
}
