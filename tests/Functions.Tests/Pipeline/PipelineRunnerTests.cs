using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>The whole pipeline on the embedded runner and real Azurite: timers, queues, poison, and a crash mid-batch.</summary>
public sealed class PipelineRunnerTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> Polling = new() { ["Runner:RunTimers"] = "true", ["Poll:Schedule"] = "* * * * * *" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PolledMentions_BecomeCasesAndOneCardMessageEach_LaterPollsAddNothing()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { IgnoreCursor = true };
        var mentions = Enumerable.Range(1, 3).Select(i => PipelineApp.Comment($"e-{i}", thread: $"post-{i}")).ToArray();
        network.Add(mentions);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: true, Ct, settings: Polling);

        await Eventually.TrueAsync(() => app.CardWrites().Posted == 3, "three cards posted", Ct);
        var fetches = network.Fetches;
        await Eventually.TrueAsync(() => network.Fetches >= fetches + 2, "two more polls of the same items", Ct);
        await Eventually.TrueAsync(async () => await app.Queues.Mentions.ApproximateCountAsync(Ct) == 0, "the mentions queue drained", Ct);

        foreach (var mention in mentions)
        {
            Assert.Equal(CaseIds.For(mention.Key), (await app.CaseOfAsync(mention, Ct))!.Id);
        }

        await Eventually.TrueAsync(async () => await app.Queues.Cards.ApproximateCountAsync(Ct) == 0, "the cards queue drained", Ct);
        Assert.Equal((3, 0), app.CardWrites());
    }

    [Fact]
    public async Task PoisonMessage_InPoisonAfterFiveTries_EveryOtherMentionBecomesACase()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        var mentions = Enumerable.Range(1, 4).Select(i => PipelineApp.Comment($"q-{i}", thread: $"post-{i}")).ToArray();
        network.Add(mentions);
        const string Poison = """{"network":"Facebook","accountId":"fb-acme","externalId":"never-stored"}""";
        await using var app = await PipelineApp.StartAsync(storage, network, runner: true, Ct, settings: Polling);
        await app.Queues.Mentions.SendAsync(Poison, Ct);

        var poison = storage.RawQueue(app.Queues.Mentions.PoisonName);
        await Eventually.TrueAsync(async () => (await poison.PeekMessagesAsync(10, Ct)).Value.Length == 1, "the bad message reached poison", Ct);
        await Eventually.TrueAsync(() => app.CardWrites().Posted == 4, "four cards posted", Ct);

        Assert.Equal(Poison, Assert.Single((await poison.PeekMessagesAsync(10, Ct)).Value).Body.ToString());
        foreach (var mention in mentions)
        {
            Assert.NotNull(await app.CaseOfAsync(mention, Ct));
        }
    }

    [Fact]
    public async Task RunnerKilledMidBatch_RestartLosesNoMention_AndSendsNothingTwice()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Gate = new TaskCompletionSource() };
        var stuck = network.Gate;
        var mentions = Enumerable.Range(1, 8).Select(i => PipelineApp.Comment($"k-{i}", thread: $"post-{i}")).ToArray();
        List<Case> sending = [];
        await using (var setup = await PipelineApp.StartAsync(storage, network, runner: false, Ct))
        {
            await setup.Get<MentionIntake>().AcceptAsync(mentions, Ct);
            for (var i = 0; i < 5; i++)
            {
                var (c, body) = await SendReplyTests.StoreSendingAsync(setup, $"k-send-{i}");
                await setup.Queues.Outbox.SendAsync(body, Ct);
                sending.Add(c);
            }
        }

        // One message at a time, so the first instance dies holding one network call in flight.
        var first = await PipelineApp.StartAsync(storage, network, runner: true, Ct, settings: new Dictionary<string, string?> { ["Runner:BatchSize"] = "1" });
        await Eventually.TrueAsync(() => network.TotalPublished == 1, "a reply in flight on the first instance", Ct);
        await first.App.StopAsync(Ct);
        network.Gate = null;

        await using var second = await PipelineApp.StartAsync(storage, network, runner: true, Ct);
        await Eventually.TrueAsync(async () => await AllAsync(mentions, m => second.CaseOfAsync(m, Ct), c => c is not null), "a case for every mention", Ct);
        await Eventually.TrueAsync(async () => await AllAsync(sending, c => second.Cases.GetAsync(c.Id, Ct), c => c!.State is CaseState.Sent or CaseState.SendUnknown), "every send settled", Ct);

        Assert.All(network.Published.Values, count => Assert.Equal(1, count));
        var settled = await Task.WhenAll(sending.Select(c => second.Cases.GetAsync(c.Id, Ct)));
        var inFlight = Assert.Single(settled, c => c!.State == CaseState.SendUnknown);
        Assert.Equal(1, network.Published[inFlight!.Mention.ExternalId]);
        Assert.Equal(5, network.TotalPublished);
        stuck.SetResult();
        await first.DisposeAsync();
    }

    private static async Task<bool> AllAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, Task<TResult>> read, Func<TResult, bool> condition)
    {
        foreach (var item in items)
        {
            if (!condition(await read(item)))
            {
                return false;
            }
        }

        return true;
    }
}
