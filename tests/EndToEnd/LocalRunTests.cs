using SomeTeams.TestKit;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>Issue #8: the local run as the README starts it, with the demo source streaming cards into the Playground.</summary>
public sealed class LocalRunTests
{
    [Fact]
    public async Task RunSh_WithTheDemoSource_StreamsFiveCardsIntoTriageAndOneIsClaimed()
    {
        var chromium = BrowserChromium.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var run = await LocalRun.StartAsync([], ct);
        using var client = new PlaygroundClient(run.PlaygroundPort);

        // The feed connects first and takes what the Playground buffered before anyone listened
        // (replayed into a UI that has not loaded its config yet, it breaks the UI); the browser
        // then shows every card that arrives while it is open.
        await using var feed = await PlaygroundFeed.ConnectAsync(run.PlaygroundPort, ct);
        await using var browser = await ChromiumSession.OpenAsync(client.Address, chromium, ct);
        await browser.OpenConversationAsync(PlaygroundPeople.TriageChannelName, ct);
        await Eventually.TrueAsync(() => feed.CardsIn(PlaygroundPeople.TriageChannelId).Count >= 5, "five case cards in the triage channel", ct, TimeSpan.FromMinutes(2));

        var card = feed.CardsIn(PlaygroundPeople.TriageChannelId)[0];
        var claim = card.ActionData("claim");
        Assert.NotNull(claim);
        var answer = await client.InvokeAsync(card.PostConversationId!, card.MessageId!, "claim", claim, ct);

        Assert.True(answer.BotStatusCode == 200, $"The bot answered the claim with {answer.BotStatusCode}: {answer.Body.ToJsonString(PlaygroundJson.Readable)}");
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer.Body["type"]);
        Assert.Contains(PlaygroundPeople.Aino.Name, answer.Body.ToJsonString(PlaygroundJson.Readable), StringComparison.Ordinal);
        var shot = await browser.ScreenshotAsync("local-run-triage.png", ct);
        Assert.True(new FileInfo(shot).Length > 20_000, $"{shot} looks blank.");
    }
}
