using SomeTeams.TestKit;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>Issue #8: the local run as the README starts it, with the demo source streaming cards into the Playground.</summary>
public sealed class LocalRunTests
{
    [Fact(Skip = "needs PostCard (issue #4): the demo source's mentions become channel cards only once the pipeline posts them")]
    public async Task RunSh_WithTheDemoSource_StreamsFiveCardsIntoTriageAndOneIsClaimed()
    {
        var chromium = BrowserChromium.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var run = await LocalRun.StartAsync([], ct);
        using var client = new PlaygroundClient(run.PlaygroundPort);

        // The UI connects first, as a person would: it installs the bot in the team, and it only
        // shows what arrives while it is connected.
        await using var browser = await ChromiumSession.OpenAsync(client.Address, chromium, ct);
        await using var feed = await PlaygroundFeed.ConnectAsync(run.PlaygroundPort, ct);
        await browser.OpenConversationAsync(PlaygroundPeople.TriageChannelName, ct);
        await Eventually.TrueAsync(() => feed.CardsIn(PlaygroundPeople.TriageChannelId).Count >= 5, "five case cards in the triage channel", ct, TimeSpan.FromMinutes(2));

        var card = feed.CardsIn(PlaygroundPeople.TriageChannelId)[0];
        var answer = await client.InvokeAsync(card.PostConversationId!, card.MessageId!, "claim", null, ct);

        Assert.Equal(200, answer.BotStatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer.Body["type"]);
        Assert.Contains(PlaygroundPeople.Aino.Name, answer.Body.ToJsonString(PlaygroundJson.Readable), StringComparison.Ordinal);
        var shot = await browser.ScreenshotAsync("local-run-triage.png", ct);
        Assert.True(new FileInfo(shot).Length > 20_000, $"{shot} looks blank.");
    }
}
