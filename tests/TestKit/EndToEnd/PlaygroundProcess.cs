using System.Diagnostics;
using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, started with node directly) on a free port, with
/// the team of <see cref="PlaygroundPeople"/>, pointed at a bot endpoint. It probes outside
/// addresses at start-up (feasibility.md §2), so it must run inside a private network namespace:
/// test.sh runs every test in one.
/// </summary>
public static partial class PlaygroundProcess
{
    public const string CliPath = "node_modules/@microsoft/m365agentsplayground/cli.js";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static Task<ServiceProcess> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        var root = RepositoryRoot.Find();
        var cli = Path.Combine(root, CliPath);
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed ({cli} is missing): run `npm ci --no-audit --no-fund` in {root}, or ./test.sh, which does.");
        }

        var info = ChildProcess.StartInfo("node", root, cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", "0", "--disable-telemetry");
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(root, PlaygroundPeople.ConfigPath);

        // Its default log file is ./devTools/…, deleted at each start: one per instance, kept with
        // the test results, since it records every activity both ways (the first place to look).
        var logs = Directory.CreateDirectory(Path.Combine(TestResultsFolder.Path(), "playground-logs")).FullName;
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(logs, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.log");
        return ServiceProcess.StartAsync(info, "the Agents Playground", Listening(), StartTimeout, cancellationToken);
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)")]
    private static partial Regex Listening();
}
