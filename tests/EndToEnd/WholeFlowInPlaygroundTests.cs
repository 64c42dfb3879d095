using System.Text.Json.Nodes;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>
/// Issue #3's whole flow in the real Agents Playground: a sensitive case from the demo source
/// arrives as a card in Triage, Aino claims, drafts and submits it, Maija (the manager) approves it
/// as herself, Aino sends it, the functions' outbox sends it to the demo network, and the card in
/// the channel ends Sent with the link to the reply. Asserted on the Playground's channel.
/// </summary>
public sealed class WholeFlowInPlaygroundTests(AzuriteFixture azurite)
{
    private const string Reply = "Pahoittelut, ikävä juttu! Selvitetään tämä heti: laitathan meille yksityisviestin, niin katsomme asian kanssasi.";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SensitiveCase_ClaimDraftSubmitApproveByManagerSend_ChannelCardEndsSentWithLink()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var team = await WholeTeam.StartAsync(azurite.ConnectionString, ct);
        await using var feed = await PlaygroundFeed.ConnectAsync(team.Playground.Port, ct);

        // The demo stream brings a billing complaint early; triage marks it sensitive, so it needs approval.
        PlaygroundFrame? card = null;
        await Eventually.TrueAsync(() => (card = SensitiveNewCard(feed)) is not null, "a sensitive case card in the triage channel", ct, Patience);
        var (thread, messageId) = (card!.PostConversationId!, card.MessageId!);

        var claimed = await ClickAsync(team, thread, messageId, "claim", card.ActionData("claim"), ct);
        var draft = CardJsonQuery.ActionData(claimed.Card, "saveDraft");
        Assert.True(draft is not null, $"Aino's card after claiming has no saveDraft: {claimed.Body.ToJsonString(PlaygroundJson.Readable)}");
        draft["draftText"] = Reply;
        var saved = await ClickAsync(team, thread, messageId, "saveDraft", draft, ct);
        Assert.DoesNotContain("send", CardJsonQuery.Verbs(saved.Card));
        var submit = CardJsonQuery.ActionData(saved.Card, "submit");
        Assert.True(submit is not null, $"A sensitive draft offers Submit: {saved.Body.ToJsonString(PlaygroundJson.Readable)}");
        submit["draftText"] = Reply;
        await ClickAsync(team, thread, messageId, "submit", submit, ct);
        var awaiting = await ChannelCardAsync(feed, messageId, "Odottaa hyväksyntää", team, ct);

        // Maija clicks in her own Teams: a custom activity from her, answered to the bot, seen on the channel card.
        var approve = CardJsonQuery.ActionData(awaiting, "refresh")!;
        await team.Client.InvokeAsAsync(PlaygroundPeople.Maija, thread, messageId, "approve", approve, ct);
        var approved = await ChannelCardAsync(feed, messageId, $"Hyväksynyt {PlaygroundPeople.Maija.Name}", team, ct);

        // Aino's own view comes with the card's refresh; it now offers Send.
        var mine = await ClickAsync(team, thread, messageId, "refresh", CardJsonQuery.ActionData(approved, "refresh"), ct);
        var send = CardJsonQuery.ActionData(mine.Card, "send");
        Assert.True(send is not null, $"An approved draft offers Send to its claimer: {mine.Body.ToJsonString(PlaygroundJson.Readable)}");
        send["draftText"] = Reply;
        await ClickAsync(team, thread, messageId, "send", send, ct);

        var sent = await ChannelCardAsync(feed, messageId, "Vastattu", team, ct);
        Assert.Contains($"Lähettänyt {PlaygroundPeople.Aino.Name}", CardJsonQuery.Text(sent), StringComparison.Ordinal);
        // "Open our reply" leads to the reply the demo network recorded, not to the customer's post.
        var reply = CardJsonQuery.LinkTitled(sent, "Avaa vastauksemme");
        Assert.False(string.IsNullOrEmpty(reply), $"The sent card has no link to our reply: {CardJsonQuery.Text(sent)}");
        Assert.DoesNotContain(reply, CardJsonQuery.Links(card.Card));

        // The channel saw every step, in order, as the card's versions: posted, claimed, drafted,
        // submitted, approved, sending, sent — never an older card after a newer one.
        var versions = feed.HistoryOf(messageId).Select(f => CardJsonQuery.Version(f.Card)).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions[0] + 6, versions[^1]);
        Assert.Equal(7, versions.Distinct().Count());
    }

    private static PlaygroundFrame? SensitiveNewCard(PlaygroundFeed feed) =>
        feed.CardsIn(PlaygroundPeople.TriageChannelId).FirstOrDefault(f => f.ActionData("claim") is not null && f.CardText.Contains("arkaluonteinen", StringComparison.Ordinal));

    private static async Task<InvokeAnswer> ClickAsync(WholeTeam team, string thread, string messageId, string verb, JsonObject? data, CancellationToken ct)
    {
        var answer = await team.Client.InvokeAsync(thread, messageId, verb, data, ct);
        Assert.True(answer.BotStatusCode == 200 && answer.Card is not null, $"The bot answered {verb} with {answer.BotStatusCode}: {answer.Body.ToJsonString(PlaygroundJson.Readable)}\n{team.Output()}");
        return answer;
    }

    private static async Task<JsonObject> ChannelCardAsync(PlaygroundFeed feed, string messageId, string text, WholeTeam team, CancellationToken ct)
    {
        JsonObject? Current() => feed.CardsIn(PlaygroundPeople.TriageChannelId).FirstOrDefault(f => f.MessageId == messageId)?.Card;
        try
        {
            await Eventually.TrueAsync(() => CardJsonQuery.Text(Current()).Contains(text, StringComparison.Ordinal), $"the channel card to show \"{text}\"", ct, Patience);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nThe card shows:\n{CardJsonQuery.Text(Current())}\n{team.Output()}", e);
        }

        return Current()!;
    }
}
