using System.Text.Json;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>SendReply on real Azurite: at most one reply reaches the (counting) network whatever faults and duplicates happen.</summary>
public sealed class SendReplyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApprovedReply_PublishedOnce_CaseSentWithIdAndLink()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-1");

        await app.RunAsync<SendReply>(body, Ct);

        var sent = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Sent, sent!.State);
        Assert.Equal(("reply-s-1-1", new Uri("https://network.example/reply/s-1")), (sent.Reply!.ExternalId, sent.Reply.Permalink));
        var action = Assert.Single(network.Actions);
        Assert.Equal((SocialActionKind.ReplyPublic, c.Pending!.Text, c.Pending.AttemptId), (action.Kind, action.Text, action.IdempotencyKey));
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }

    [Fact]
    public async Task DuplicatedOutboxMessage_OneReplyAtTheNetwork()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-2");

        await app.RunAsync<SendReply>(body, Ct);
        await app.RunAsync<SendReply>(body, Ct);

        Assert.Equal(1, network.TotalPublished);
        Assert.Equal(CaseState.Sent, (await app.Cases.GetAsync(c.Id, Ct))!.State);
    }

    [Fact]
    public async Task OutcomeRecordedButTheCardMessageLost_TheRetryQueuesTheCard()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-7");
        await app.Get<CardLocationStore>().SaveAsync(c.Id, new CardLocation("https://smba.example/emea/", "19:x@thread.tacv2;messageid=1", "1", c.Version), Ct);
        await app.RunAsync<SendReply>(body, Ct);
        await PipelineApp.DrainAsync(app.Queues.Cards, Ct);

        await app.RunAsync<SendReply>(body, Ct);

        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
        Assert.Equal(1, network.TotalPublished);
    }

    [Fact]
    public async Task FaultBetweenTheNetworkCallAndTheStateWrite_RetryDoesNotResend_CaseShowsSendUnknown()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { ThrowAfterPublish = true };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-3");

        await Assert.ThrowsAsync<IOException>(() => app.RunAsync<SendReply>(body, Ct));
        network.ThrowAfterPublish = false;
        await app.RunAsync<SendReply>(body, Ct, dequeueCount: 2);
        await app.RunAsync<SendReply>(body, Ct, dequeueCount: 3);

        Assert.Equal(1, network.TotalPublished);
        var unknown = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.SendUnknown, unknown!.State);
        Assert.NotNull(unknown.LastError);
        Assert.Single(await PipelineApp.DrainAsync(app.Queues.Cards, Ct));
    }

    [Fact]
    public async Task NetworkAnswersUnknown_CaseShowsSendUnknown_NoRetry()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Answer = new ActionOutcome.Unknown("timeout after sending") };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-4");

        await app.RunAsync<SendReply>(body, Ct);

        Assert.Equal(CaseState.SendUnknown, (await app.Cases.GetAsync(c.Id, Ct))!.State);
    }

    [Fact]
    public async Task RateLimited_NothingPublished_FailsTheDeliveryAndTheRetrySends()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Answer = new ActionOutcome.Failed(new ConnectorError.RateLimited(TimeSpan.FromSeconds(30), "429")) };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-5");

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.RunAsync<SendReply>(body, Ct));
        var waiting = await app.Cases.GetAsync(c.Id, Ct);
        network.Answer = null;
        await app.RunAsync<SendReply>(body, Ct, dequeueCount: 2);

        Assert.Equal(CaseState.Sending, waiting!.State);
        Assert.Equal(1, network.TotalPublished);
        Assert.Equal(CaseState.Sent, (await app.Cases.GetAsync(c.Id, Ct))!.State);
    }

    [Fact]
    public async Task Rejected_BackToTheClaimerWithTheError()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Answer = new ActionOutcome.Failed(new ConnectorError.Rejected("comment was removed")) };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await StoreSendingAsync(app, "s-6");

        await app.RunAsync<SendReply>(body, Ct);

        var failed = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((CaseState.Claimed, "comment was removed"), (failed!.State, failed.LastError));
    }

    /// <summary>A claimed, drafted case with Send accepted, stored; and its outbox message.</summary>
    internal static async Task<(Case Case, string Body)> StoreSendingAsync(PipelineApp app, string externalId)
    {
        // Opened before the builder's fixed clock (CaseBuilder.T0), or the draft would be older than the customer's message.
        var before = CaseBuilder.T0.AddMinutes(-5);
        var opened = app.Get<CaseOpener>().Open(PipelineApp.Comment(externalId, thread: "t-" + externalId, at: before), before);
        var sending = CaseBuilder.Sending(opened);
        await app.Cases.CreateAsync(sending, Ct);
        return (sending, JsonSerializer.Serialize(new OutboxMessage(sending.Id.Value, sending.Pending!.AttemptId), PipelineJson.Default.OutboxMessage));
    }
}
