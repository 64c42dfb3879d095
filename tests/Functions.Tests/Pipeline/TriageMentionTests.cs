using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>TriageMention on real Azurite: a mention becomes a case and one card message; duplicates and follow-ups converge.</summary>
public sealed class TriageMentionTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewMention_OpensATriagedRoutedCase_AndQueuesOneCard()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct,
            settings: new Dictionary<string, string?> { ["Routing:Json"] = """{"default":"triage","rules":[{"channel":"outages","topic":"outage"}]}""" });
        var mention = PipelineApp.Comment("c-1");

        await app.Get<MentionIntake>().AcceptAsync([mention], Ct);
        var cards = await app.TriageAllAsync(Ct);

        var c = await app.CaseOfAsync(mention, Ct);
        Assert.NotNull(c);
        Assert.Equal((CaseState.New, CaseIds.For(mention.Key), "outages", "fi"), (c.State, c.Id, c.Route, c.Triage.Language));
        Assert.True(c.DueAt > c.OpenedAt);
        Assert.Equal([c.Id.Value], cards.Select(CaseIdOf));
        Assert.True((await app.Get<MentionStore>().GetProgressAsync(mention.Key, Ct))!.IsTriaged);
    }

    [Fact]
    public async Task SameMessageTwice_OneCase_OneCardMessage()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var mention = PipelineApp.Comment("c-2");
        await app.Get<MentionStore>().TryAddAsync(mention, Ct);
        var body = JsonSerializer.Serialize(MentionMessage.For(mention.Key), PipelineJson.Default.MentionMessage);

        await app.RunAsync<TriageMention>(body, Ct);
        await app.RunAsync<TriageMention>(body, Ct);

        var c = await app.CaseOfAsync(mention, Ct);
        Assert.Equal(1, c!.Version);
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }

    [Fact]
    public async Task FollowUpInTheSameConversation_JoinsTheOpenCase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var intake = app.Get<MentionIntake>();
        var first = PipelineApp.Comment("c-3");
        var second = PipelineApp.Comment("c-4", text: "Vieläkin rikki?");
        await intake.AcceptAsync([first], Ct);
        await app.TriageAllAsync(Ct);

        await intake.AcceptAsync([second], Ct);
        var cards = await app.TriageAllAsync(Ct);

        var c = await app.CaseOfAsync(second, Ct);
        Assert.Equal(first.Key, c!.Mention.Key);
        Assert.Equal([second.Key], c.FollowUps.Select(f => f.Key));
        Assert.Equal([c.Id.Value], cards.Select(CaseIdOf));
    }

    [Fact]
    public async Task FollowUpAfterTheReplyWithinTheWindow_ReopensTheCase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var first = PipelineApp.Comment("c-5");
        var sent = await StoreSentCaseAsync(app, first);
        var followUp = PipelineApp.Comment("c-6", text: "Ei auttanut");

        await app.Get<MentionIntake>().AcceptAsync([followUp], Ct);
        await app.TriageAllAsync(Ct);

        var c = await app.Cases.GetAsync(sent.Id, Ct);
        Assert.Equal((CaseState.New, 1), (c!.State, c.FollowUps.Count));
        Assert.NotNull(c.Reply);
    }

    [Fact]
    public async Task FollowUpAfterTheWindow_OpensANewCaseForTheThread()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct,
            settings: new Dictionary<string, string?> { ["Pipeline:ReopenWindow"] = "00:00:00" });
        var first = PipelineApp.Comment("c-7");
        var sent = await StoreSentCaseAsync(app, first);
        var later = PipelineApp.Comment("c-8", text: "Taas sama vika");

        await app.Get<MentionIntake>().AcceptAsync([later], Ct);
        var cards = await app.TriageAllAsync(Ct);
        await app.Get<MentionIntake>().AcceptAsync([PipelineApp.Comment("c-9", text: "Ja vielä")], Ct);
        cards = [.. cards, .. await app.TriageAllAsync(Ct)];

        var current = await app.CaseOfAsync(later, Ct);
        Assert.Equal(CaseIds.For(later.Key), current!.Id);
        Assert.Equal(["c-9"], current.FollowUps.Select(f => f.Key.ExternalId));
        Assert.Equal(CaseState.Sent, (await app.Cases.GetAsync(sent.Id, Ct))!.State);
        Assert.Equal([current.Id.Value, current.Id.Value], cards.Select(CaseIdOf));
    }

    [Fact]
    public async Task CrashAfterTheCaseWasStoredBeforeTheCard_RetryQueuesTheCardOnce()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var mention = PipelineApp.Comment("c-10");
        await app.Get<MentionStore>().TryAddAsync(mention, Ct);
        // The earlier delivery stored the case and died before queueing the card and marking the mention.
        await app.Cases.CreateAsync(app.Get<CaseOpener>().Open(mention, DateTimeOffset.UtcNow), Ct);
        var body = JsonSerializer.Serialize(MentionMessage.For(mention.Key), PipelineJson.Default.MentionMessage);

        await app.RunAsync<TriageMention>(body, Ct);
        await app.RunAsync<TriageMention>(body, Ct);

        Assert.Equal(1, (await app.CaseOfAsync(mention, Ct))!.Version);
        Assert.Equal([CaseIds.For(mention.Key).Value], (await PipelineApp.DrainAsync(app.Queues.Cards, Ct)).Select(CaseIdOf));
    }

    [Fact]
    public async Task MessageForAMentionNeverStored_FailsTheDelivery()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);

        await Assert.ThrowsAsync<InvalidDataException>(() => app.RunAsync<TriageMention>("""{"network":"Facebook","accountId":"fb-acme","externalId":"nope"}""", Ct));
        await Assert.ThrowsAsync<InvalidDataException>(() => app.RunAsync<TriageMention>("not json", Ct));
    }

    internal static string CaseIdOf(string cardBody) => JsonSerializer.Deserialize(cardBody, PipelineJson.Default.CardMessage)!.CaseId;

    /// <summary>A case for <paramref name="mention"/>, answered and stored, with the mention marked triaged.</summary>
    internal static async Task<Case> StoreSentCaseAsync(PipelineApp app, Mention mention)
    {
        var store = app.Get<MentionStore>();
        await store.TryAddAsync(mention, Ct);
        // Opened before the builder's fixed clock (CaseBuilder.T0), or the draft would be older than the customer's message.
        var before = TestKit.Builders.CaseBuilder.T0.AddMinutes(-5);
        var opened = app.Get<CaseOpener>().Open(mention with { CreatedAt = before }, before);
        var sent = TestKit.Builders.CaseBuilder.Sent(opened);
        await app.Cases.CreateAsync(sent, Ct);
        await store.MarkTriagedAsync(mention.Key, Ct);
        return sent;
    }
}
