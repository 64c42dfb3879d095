using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// A long-running child (the Playground, a built host) that prints the port it listens on.
/// Start waits for that line; dispose stops it by its PID (and its children), nothing else.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string name;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<int> port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Regex listening;

    private ServiceProcess(Process process, string name, Regex listening)
    {
        this.process = process;
        this.name = name;
        this.listening = listening;
    }

    public int Port => port.Task.IsCompletedSuccessfully ? port.Task.Result : throw new InvalidOperationException($"{name} has not started.");

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>Starts <paramref name="info"/> and waits until a line matches <paramref name="listening"/>, whose group "port" is the port.</summary>
    public static async Task<ServiceProcess> StartAsync(ProcessStartInfo info, string name, Regex listening, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var service = new ServiceProcess(ChildProcess.Start(info, "run " + name), name, listening);
        service.Listen();
        try
        {
            await service.port.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return service;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            await service.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"{name} did not start within {timeout}. Its output:\n{service.Output()}", e);
        }
    }

    /// <summary>What it printed so far (the tail), for failure messages.</summary>
    public string Output()
    {
        lock (output)
        {
            return ChildProcess.Tail(output.ToString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        process.Dispose();
    }

    private void Listen()
    {
        process.EnableRaisingEvents = true;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException($"{name} exited during start-up."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (listening.Match(line) is { Success: true } match)
        {
            port.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        }
    }
}
