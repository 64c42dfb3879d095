using System.Diagnostics;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>
/// Pictures of a few cards as the adaptivecards library draws them in Chromium, for a person to
/// look at: TestResults/card-screenshots. Skipped, and says so, where Chromium is not installed.
/// </summary>
public sealed class CardScreenshotTests
{
    private static readonly string[] Cards =
        ["New.channel.fi", "Claimed.claimer.fi", "AwaitingApproval.approver.en", "SendUnknown.claimer.sv", "praise-facebook.other.en", "overdue-private-followups.other.en"];

    [Fact]
    public async Task Screenshots_OfSomeGoldens_AreDrawnWithoutParseEvents()
    {
        var chromium = Environment.GetEnvironmentVariable("SOMETEAMS_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.SkipUnless(File.Exists(chromium), $"No Chromium at {chromium}: run eng/ensure-tools.sh as root, or set SOMETEAMS_CHROMIUM.");
        var results = Environment.GetEnvironmentVariable("SOMETEAMS_TEST_RESULTS") ?? Path.Combine(GoldenFiles.RepoRoot, "TestResults");
        var folder = Path.Combine(results, "card-screenshots");

        var start = new ProcessStartInfo("node") { WorkingDirectory = GoldenFiles.RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine("tests", "Teams.Tests", "Cards", "screenshot-cards.cjs"));
        start.ArgumentList.Add(folder);
        foreach (var card in Cards)
        {
            start.ArgumentList.Add(Path.Combine(GoldenFiles.Folder, card + ".json"));
        }

        using var node = Process.Start(start)!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = node.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = node.StandardError.ReadToEndAsync(deadline.Token);
        await node.WaitForExitAsync(deadline.Token);

        Assert.True(node.ExitCode == 0, $"screenshot-cards.cjs exited with {node.ExitCode}: {await stderr}");
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Cards.Select(c => Path.Combine(folder, c + ".png")), lines);
        Assert.All(lines, png => Assert.True(new FileInfo(png).Length > 10_000, $"{png} looks empty"));
    }
}
