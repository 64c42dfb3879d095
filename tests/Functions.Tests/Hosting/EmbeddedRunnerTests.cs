using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Hosting.Embedded;
using SomeTeams.Storage;
using SomeTeams.Storage.Queues;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Hosting;

/// <summary>The embedded runner on real Azurite: the Azure Functions queue semantics, and no loss across a crash.</summary>
public sealed class EmbeddedRunnerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Messages_EachHandledOnceAndDeleted()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var function = new CountingFunction();
        var queue = storage.Get<WorkQueues>().Mentions;
        for (var i = 0; i < 60; i++)
        {
            await queue.SendAsync($$"""{"n":{{i}}}""", Ct);
        }

        using var host = await StartRunnerAsync(storage, function);
        await Eventually.TrueAsync(() => function.Handled.Count == 60, "all 60 messages handled", Ct);
        await Eventually.TrueAsync(async () => await queue.ApproximateCountAsync(Ct) == 0, "the queue emptied", Ct);

        Assert.All(function.Handled.Values, count => Assert.Equal(1, count));
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task FailingMessage_TriedFiveTimesThenPoisonedWithItsBody_OthersUnaffected()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var function = new CountingFunction { FailWhen = body => body.Contains("poison", StringComparison.Ordinal) };
        var queue = storage.Get<WorkQueues>().Mentions;
        await queue.SendAsync("""{"n":"poison"}""", Ct);
        await queue.SendAsync("""{"n":1}""", Ct);

        using var host = await StartRunnerAsync(storage, function);
        var poison = storage.RawQueue(queue.PoisonName);
        await Eventually.TrueAsync(async () => (await poison.PeekMessagesAsync(10, Ct)).Value.Length == 1, "the message reached poison", Ct);
        await host.StopAsync(Ct);

        Assert.Equal(5, function.Attempts["""{"n":"poison"}"""]);
        Assert.Equal(1, function.Handled["""{"n":1}"""]);
        var poisoned = Assert.Single((await poison.PeekMessagesAsync(10, Ct)).Value);
        Assert.Equal("""{"n":"poison"}""", poisoned.Body.ToString());
        Assert.Equal(0, await queue.ApproximateCountAsync(Ct));
    }

    [Fact]
    public async Task RunnerStoppedMidBatch_AnotherInstanceFinishesEveryMessage()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Mentions;
        for (var i = 0; i < 20; i++)
        {
            await queue.SendAsync($$"""{"n":{{i}}}""", Ct);
        }

        // The first instance takes a batch and never finishes it: it is stopped mid-batch.
        var stuck = new CountingFunction { Gate = new TaskCompletionSource() };
        var first = await StartRunnerAsync(storage, stuck);
        await Eventually.TrueAsync(() => !stuck.Started.IsEmpty, "the first instance started on a batch", Ct);
        await first.StopAsync(Ct);

        var second = new CountingFunction();
        using var host = await StartRunnerAsync(storage, second);
        await Eventually.TrueAsync(() => second.Handled.Count == 20, "the second instance handled all 20", Ct);
        stuck.Gate.SetResult();
        await host.StopAsync(Ct);
        first.Dispose();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $$"""{"n":{{i}}}""").Order(), second.Handled.Keys.Order());
    }

    private static async Task<IHost> StartRunnerAsync(TestStorage storage, CountingFunction function)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Runner:VisibilityTimeout"] = "00:00:02",
            ["Runner:RetryDelay"] = "00:00:00",
            ["Runner:MaxPollingInterval"] = "00:00:00.200",
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.Services.AddStorage(builder.Configuration).AddSingleton(function);
        builder.Services.AddEmbeddedRunner(builder.Configuration, [new FunctionDefinition("Count", new FunctionTrigger.QueueMessageArrives(StorageNames.Mentions), typeof(CountingFunction))]);
        var host = builder.Build();
        await host.StartAsync(Ct);
        return host;
    }

    private sealed class CountingFunction : IQueueFunction
    {
        public ConcurrentDictionary<string, int> Handled { get; } = new();

        public ConcurrentDictionary<string, int> Attempts { get; } = new();

        public ConcurrentBag<string> Started { get; } = [];

        public Func<string, bool> FailWhen { get; init; } = _ => false;

        public TaskCompletionSource? Gate { get; init; }

        public async Task RunAsync(QueueMessage message, CancellationToken cancellationToken)
        {
            Started.Add(message.Body);
            Attempts.AddOrUpdate(message.Body, 1, (_, n) => n + 1);
            if (Gate is not null)
            {
                await Gate.Task.ConfigureAwait(false);
                return;
            }

            if (FailWhen(message.Body))
            {
                throw new InvalidOperationException("This message always fails.");
            }

            Handled.AddOrUpdate(message.Body, 1, (_, n) => n + 1);
        }
    }
}
