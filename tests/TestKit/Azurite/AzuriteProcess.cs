using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SomeTeams.TestKit.Azurite;

/// <summary>
/// One Azurite started with node on free ports (port 0; the real ports are read from its
/// "successfully listening at" lines, feasibility.md §1) and stopped by its PID.
/// </summary>
internal sealed partial class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Dispose stops Azurite by PID; this covers the test host dying without disposing (a crash,
    // a kill): our end of the stdin pipe closes, and Azurite exits instead of lingering. With
    // -e, process.argv is [node, entry, flags...], which is what Azurite parses.
    private const string Watchdog =
        "process.stdin.on('end', () => process.exit(0)); process.stdin.resume(); require(process.argv[1]);";
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, int> _ports = [];

    private AzuriteProcess(Process process) => _process = process;

    public int BlobPort => _ports["Blob"];

    public int QueuePort => _ports["Queue"];

    public int TablePort => _ports["Table"];

    public int ProcessId => _process.Id;

    public static async Task<AzuriteProcess> StartAsync(string root, string entryPoint, CancellationToken cancellationToken)
    {
        var info = ChildProcess.StartInfo("node", root, "-e", Watchdog, Path.GetFullPath(entryPoint),
            "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--silent",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", "0", "--queuePort", "0", "--tablePort", "0");
        info.RedirectStandardInput = true;
        var azurite = new AzuriteProcess(ChildProcess.Start(info, "run Azurite"));
        azurite.Listen();
        try
        {
            await azurite._ready.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
            return azurite;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            var output = azurite.Output();
            await azurite.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"Azurite did not start (within {StartTimeout}). Its output:\n{output}", e);
        }
    }

    /// <summary>What the host's death looks like to Azurite; lets a test prove the watchdog.</summary>
    internal void CloseInput() => _process.StandardInput.Close();

    internal Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Listen()
    {
        _process.EnableRaisingEvents = true;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException("Azurite exited during start-up."));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                _ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                if (_ports.Count == 3)
                {
                    _ready.TrySetResult();
                }
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return ChildProcess.Tail(_output.ToString());
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex Listening();
}
