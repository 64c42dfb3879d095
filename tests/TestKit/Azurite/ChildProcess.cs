using System.Diagnostics;

namespace SomeTeams.TestKit.Azurite;

/// <summary>Runs node and npm directly (never through npx, whose child outlives it) and reports failures with their output.</summary>
internal static class ChildProcess
{
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public static Process Start(ProcessStartInfo info, string whatFor)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName} to {whatFor}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Could not start '{info.FileName}' to {whatFor}: {e.Message}. Install Node.js 20+ (with npm) and put it on PATH.", e);
        }
    }

    /// <summary>Runs to completion; throws with the tail of stdout and stderr when it fails.</summary>
    public static async Task RunAsync(ProcessStartInfo info, string whatFor, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Start(info, whatFor);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{info.FileName} {string.Join(' ', info.ArgumentList)}' did not finish within {timeout} to {whatFor}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{info.FileName} {string.Join(' ', info.ArgumentList)}' failed with exit code {process.ExitCode} to {whatFor} " +
                $"(is the npm registry reachable?).\n{Tail(await stdout.ConfigureAwait(false))}\n{Tail(await stderr.ConfigureAwait(false))}");
        }
    }

    public static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
