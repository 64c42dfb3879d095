using System.Diagnostics;
using System.Text.Json.Nodes;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// The Playground's web UI in headless Chromium, driven through <c>eng/playground/browser.cjs</c>
/// (playwright-core). Open it before the bot posts: the UI only shows what arrives while it is
/// connected. Dispose closes the browser and stops the node process by its PID.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(45);
    private readonly Process process;

    private ChromiumSession(Process process) => this.process = process;

    /// <summary>Chromium's path: <c>$SOMETEAMS_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>; null when neither exists.</summary>
    public static string? FindExecutable() =>
        Environment.GetEnvironmentVariable("SOMETEAMS_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured) ? configured
        : File.Exists(DefaultExecutable) ? DefaultExecutable
        : null;

    public static async Task<ChromiumSession> OpenAsync(Uri playground, string executable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var root = RepositoryRoot.Find();
        var info = ChildProcess.StartInfo("node", root, Path.Combine(root, "eng", "playground", "browser.cjs"), playground.ToString(), executable);
        info.RedirectStandardInput = true;
        var session = new ChromiumSession(ChildProcess.Start(info, "drive Chromium"));
        try
        {
            var ready = await session.ReadAnswerAsync(cancellationToken).ConfigureAwait(false);
            if (ready?["ready"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException($"Chromium did not open the Playground at {playground}: {ready?.ToJsonString() ?? "no answer"}.\n{await session.ErrorsAsync().ConfigureAwait(false)}");
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Picks a chat or channel by the name the UI lists it under.</summary>
    public Task OpenConversationAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(new JsonObject { ["do"] = "open", ["name"] = name }, cancellationToken);

    public Task WaitForTextAsync(string text, CancellationToken cancellationToken) =>
        RunAsync(new JsonObject { ["do"] = "waitText", ["text"] = text }, cancellationToken);

    /// <summary>Clicks the first button (a card action too) with this title.</summary>
    public Task ClickAsync(string title, CancellationToken cancellationToken) =>
        RunAsync(new JsonObject { ["do"] = "click", ["title"] = title }, cancellationToken);

    /// <summary>Saves a full-page PNG under <see cref="TestResultsFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(TestResultsFolder.Path(), fileName);
        await RunAsync(new JsonObject { ["do"] = "shot", ["out"] = path }, cancellationToken).ConfigureAwait(false);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // Closing stdin lets the script close Chromium and remove its profile; kill if it does not.
                process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // It exited on its own first.
        }

        process.Dispose();
    }

    private async Task RunAsync(JsonObject command, CancellationToken cancellationToken)
    {
        await process.StandardInput.WriteLineAsync(command.ToJsonString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        var answer = await ReadAnswerAsync(cancellationToken).ConfigureAwait(false);
        if (answer?["ok"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"Chromium could not {command.ToJsonString()}: {(string?)answer?["error"] ?? "it exited"}.\n{(answer is null ? await ErrorsAsync().ConfigureAwait(false) : string.Empty)}");
        }
    }

    private async Task<JsonObject?> ReadAnswerAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(CommandTimeout);
        var line = await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false);
        return line is null ? null : JsonNode.Parse(line) as JsonObject;
    }

    private async Task<string> ErrorsAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            return ChildProcess.Tail(await process.StandardError.ReadToEndAsync(grace.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            return string.Empty;
        }
    }
}
