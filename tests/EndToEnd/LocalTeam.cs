using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>
/// The bot in local mode (no inbound auth, loopback only) with the Agents Playground as its
/// Teams client, and the Playground's stream read from the start. Roles follow the Playground's
/// people: Maija approves and manages (there is no admin role setting yet for Aaro).
/// </summary>
internal sealed class LocalTeam : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> started = [];

    private LocalTeam()
    {
    }

    public ServiceProcess Bot { get; private set; } = null!;

    public ServiceProcess Playground { get; private set; } = null!;

    public PlaygroundClient Client { get; private set; } = null!;

    public static IReadOnlyDictionary<string, string> BotSettings(string storageConnection, string namePrefix = "") => new Dictionary<string, string>
    {
        ["Bot__AllowUnauthenticatedLocal"] = "true",
        ["Storage__ConnectionString"] = storageConnection,
        ["Storage__NamePrefix"] = namePrefix,
        ["Approvers__UserIds__0"] = PlaygroundPeople.Maija.AadObjectId,
        ["Managers__UserIds__0"] = PlaygroundPeople.Maija.AadObjectId,
    };

    public static Task<LocalTeam> StartAsync(string storageConnection, CancellationToken cancellationToken) =>
        StartAsync(storageConnection, namePrefix: "", cancellationToken);

    /// <summary>With <paramref name="namePrefix"/> on every table and queue, so hosts of other tests never share its work.</summary>
    public static async Task<LocalTeam> StartAsync(string storageConnection, string namePrefix, CancellationToken cancellationToken)
    {
        var team = new LocalTeam();
        try
        {
            team.Bot = await HostProcess.StartBotAsync(BotSettings(storageConnection, namePrefix), cancellationToken);
            team.started.Add(team.Bot);
            team.Playground = await PlaygroundProcess.StartAsync(new Uri($"http://127.0.0.1:{team.Bot.Port}/api/messages"), cancellationToken);
            team.started.Add(team.Playground);
            team.Client = new PlaygroundClient(team.Playground.Port);
            return team;
        }
        catch
        {
            await team.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        for (var i = started.Count - 1; i >= 0; i--)
        {
            await started[i].DisposeAsync();
        }
    }
}
