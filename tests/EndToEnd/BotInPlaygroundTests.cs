using System.Text.RegularExpressions;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>The bot in local mode behind the real Agents Playground, driven over the Playground's HTTP API.</summary>
public sealed partial class BotInPlaygroundTests(AzuriteFixture azurite)
{
    private static readonly string[] InvokeAnswerTypes = ["application/vnd.microsoft.card.adaptive", "application/vnd.microsoft.error"];

    [Fact]
    public async Task ChannelMention_FromPlayground_ReachesTheBotWithoutAToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var team = await LocalTeam.StartAsync(azurite.ConnectionString, ct);

        var sent = await team.Client.SendMessageAsync(PlaygroundPeople.TriageChannelId, "help", mentionBot: true, ct);

        // The Playground gives the bot's activity its own id; the bot logs it with the answer.
        Assert.False(string.IsNullOrEmpty((string?)sent["messageId"]));
        await Eventually.TrueAsync(() => AnsweredMessage().IsMatch(team.Bot.Output()), "the bot to receive the message and answer 200", ct, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task CaseCard_PostedByTheConnector_StreamsIntoTheTriageChannel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var team = await LocalTeam.StartAsync(azurite.ConnectionString, ct);
        await using var stream = await PlaygroundFeed.ConnectAsync(team.Playground.Port, ct);

        var posted = await PlaygroundCards.PostAsync(team.Playground.Port, CaseBuilder.New(), ct);

        await Eventually.TrueAsync(() => stream.CardsIn(PlaygroundPeople.TriageChannelId).Count == 1, "the case card in the triage channel", ct, TimeSpan.FromSeconds(30));
        var card = Assert.Single(stream.CardsIn(PlaygroundPeople.TriageChannelId));
        Assert.Equal(posted.ActivityId, card.MessageId);
        Assert.Equal($"{PlaygroundPeople.TriageChannelId};messageid={posted.ActivityId}", card.PostConversationId);
        Assert.Contains("Netti pätkii taas", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_ClickedInPlayground_IsAnsweredByTheBotAsAUniversalAction()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var team = await LocalTeam.StartAsync(azurite.ConnectionString, ct);
        var posted = await PlaygroundCards.PostAsync(team.Playground.Port, CaseBuilder.New(), ct);

        var answer = await team.Client.InvokeAsync(posted.Id!, posted.ActivityId!, "claim", null, ct);

        // The Playground passes the bot's invoke response through: a refreshed card once the
        // workflow handles "claim" (issue #3), a Universal Actions error body until then.
        Assert.Contains((string?)answer.Body["type"], InvokeAnswerTypes);
        Assert.Equal(answer.BotStatusCode, (int?)answer.Body["statusCode"]);
        Assert.Contains("(invoke adaptiveCard/action) received", team.Bot.Output(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_ByAnotherPersonThroughACustomActivity_ReachesTheBotAsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var team = await LocalTeam.StartAsync(azurite.ConnectionString, ct);
        var posted = await PlaygroundCards.PostAsync(team.Playground.Port, CaseBuilder.New(), ct);

        // The conversation API always acts as Aino; Maija clicks through a custom activity,
        // whose answer the Playground does not return, so the bot's log is the witness.
        await team.Client.InvokeAsAsync(PlaygroundPeople.Maija, posted.Id!, posted.ActivityId!, "claim", null, ct);

        await Eventually.TrueAsync(() => AnsweredInvoke().IsMatch(team.Bot.Output()), "the bot to receive Maija's click and answer it", ct, TimeSpan.FromSeconds(30));
    }

    [GeneratedRegex(@"Activity (?<id>\S+) \(invoke adaptiveCard/action\) received[\s\S]*Activity \k<id> answered (200|400)")]
    private static partial Regex AnsweredInvoke();

    [GeneratedRegex(@"Activity (?<id>\S+) \(message [^\n]*?\) received[\s\S]*Activity \k<id> answered 200")]
    private static partial Regex AnsweredMessage();
}
