using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>The Playground's web UI in headless Chromium, with a screenshot saved where the test results go.</summary>
public sealed class PlaygroundBrowserTests(AzuriteFixture azurite)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task TriageChannel_CaseCardClaimedInTheUi_ScreenshotSaved()
    {
        var chromium = BrowserChromium.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var team = await LocalTeam.StartAsync(azurite.ConnectionString, ct);
        await using var browser = await ChromiumSession.OpenAsync(team.Client.Address, chromium, ct);
        await browser.OpenConversationAsync(PlaygroundPeople.TriageChannelName, ct);

        await PlaygroundCards.PostAsync(team.Playground.Port, CaseBuilder.New(), ct);
        await browser.WaitForTextAsync("Netti pätkii taas", ct);
        await browser.ClickAsync("Ota käsittelyyn", ct);
        await Eventually.TrueAsync(() => team.Bot.Output().Contains("(invoke adaptiveCard/action) received", StringComparison.Ordinal), "the click to reach the bot", ct, TimeSpan.FromSeconds(30));
        var path = await browser.ScreenshotAsync("playground-triage-claim.png", ct);

        var png = await File.ReadAllBytesAsync(path, ct);
        Assert.Equal(PngSignature, png.Take(PngSignature.Length));
        Assert.True(png.Length > 20_000, $"{path} is only {png.Length} bytes: the page was probably blank.");
    }
}
