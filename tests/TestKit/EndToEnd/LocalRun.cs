using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// <c>./run.sh --port N</c> exactly as the README starts it (it builds, so starting may take
/// minutes). Stopped as Ctrl+C would: SIGTERM to run.sh, whose trap stops its children by PID;
/// if it does not end in time, it is killed with its process tree.
/// </summary>
public sealed partial class LocalRun : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private readonly ServiceProcess process;

    private LocalRun(ServiceProcess process, int botPort)
    {
        this.process = process;
        BotPort = botPort;
    }

    public int BotPort { get; }

    /// <summary>The Playground's port, from the address run.sh prints.</summary>
    public int PlaygroundPort => process.Port;

    public string Output() => process.Output();

    public static async Task<LocalRun> StartAsync(IReadOnlyList<string> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = RepositoryRoot.Find();
        var port = FreePortBlock();
        var info = ChildProcess.StartInfo("bash", root, ["run.sh", "--port", port.ToString(CultureInfo.InvariantCulture), .. options]);
        return new LocalRun(await ServiceProcess.StartAsync(info, "./run.sh", PlaygroundAddress(), StartTimeout, cancellationToken).ConfigureAwait(false), port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.ProcessId.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync().ConfigureAwait(false);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Still running after its grace period: killed below.
            }
        }

        // Kills what is left (nothing, when run.sh's trap did its job).
        await process.DisposeAsync().ConfigureAwait(false);
    }

    // run.sh uses N..N+2 and N+7022..N+7024; find an N whose six ports are all free now.
    private static int FreePortBlock()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = Random.Shared.Next(20_000, 50_000);
            int[] ports = [port, port + 1, port + 2, port + 7022, port + 7023, port + 7024];
            if (ports.All(IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No block of free loopback ports for run.sh after 50 tries.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Agents Playground \(Teams\)\s+http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex PlaygroundAddress();
}
