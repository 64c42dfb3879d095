using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Queues;
using SomeTeams.Storage.Queues;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests;

public sealed class QueueGatewayTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Hidden = TimeSpan.FromMinutes(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_ThenReceive_BodyAndFirstDelivery()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Mentions;

        await queue.SendAsync("""{"caseId":"c-1"}""", Ct);
        var item = Assert.Single(await queue.ReceiveAsync(32, Hidden, Ct));

        Assert.Equal("""{"caseId":"c-1"}""", item.Body);
        Assert.Equal(1, item.DequeueCount);
    }

    [Fact]
    public async Task Send_Always_WritesBase64OnTheWire()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Cards;

        await queue.SendAsync("""{"caseId":"c-2"}""", Ct);
        var raw = await RawClient(storage, queue.Name).PeekMessageAsync(Ct);

        Assert.Equal("""{"caseId":"c-2"}""", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(raw.Value.Body.ToString())));
    }

    [Fact]
    public async Task Send_TypedMessage_ArrivesAsJson()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Cards;

        await queue.SendAsync(new CardJob("c-4", 3), QueueTestJson.Default.CardJob, Ct);
        var item = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));

        Assert.Equal(new CardJob("c-4", 3), JsonSerializer.Deserialize(item.Body, QueueTestJson.Default.CardJob));
    }

    [Fact]
    public async Task Receive_WhileHeld_NotDeliveredAgain()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Outbox;
        await queue.SendAsync("one", Ct);

        Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));
        Assert.Empty(await queue.ReceiveAsync(1, Hidden, Ct));
    }

    [Fact]
    public async Task Delete_WithReceipt_GoneForGood()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Outbox;
        await queue.SendAsync("one", Ct);
        var item = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));

        Assert.True(await queue.DeleteAsync(item, Ct));
        Assert.Equal(0, await queue.ApproximateCountAsync(Ct));
    }

    [Fact]
    public async Task Delete_StaleReceipt_ReturnsFalse()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Outbox;
        await queue.SendAsync("one", Ct);
        var first = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));
        var again = await queue.RetryLaterAsync(first, TimeSpan.Zero, Ct);

        Assert.NotNull(again);
        Assert.False(await queue.DeleteAsync(first, Ct));
        Assert.True(await queue.DeleteAsync(again, Ct));
    }

    [Fact]
    public async Task RetryLater_ZeroDelay_DeliveredAgainWithHigherCount()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Mentions;
        await queue.SendAsync("again", Ct);
        var first = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));

        await queue.RetryLaterAsync(first, TimeSpan.Zero, Ct);
        var second = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task MoveToPoison_KeepsTheOriginalBody()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Cards;
        await queue.SendAsync("""{"caseId":"c-3"}""", Ct);
        var item = Assert.Single(await queue.ReceiveAsync(1, Hidden, Ct));

        Assert.True(await queue.MoveToPoisonAsync(item, Ct));

        Assert.Equal(0, await queue.ApproximateCountAsync(Ct));
        var poisoned = await storage.Get<StorageClients>().Queue(queue.PoisonName).ReceiveMessageAsync(cancellationToken: Ct);
        Assert.Equal("""{"caseId":"c-3"}""", poisoned.Value.Body.ToString());
    }

    [Fact]
    public async Task Receive_BodyNotBase64_MovedToPoisonUnchanged()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Mentions;
        await RawClient(storage, queue.Name).SendMessageAsync("not base64 {!}", Ct);
        await queue.SendAsync("good", Ct);

        var received = await queue.ReceiveAsync(32, Hidden, Ct);

        Assert.Equal("good", Assert.Single(received).Body);
        var poisoned = await storage.Get<StorageClients>().Queue(queue.PoisonName).ReceiveMessageAsync(cancellationToken: Ct);
        Assert.Equal("not base64 {!}", poisoned.Value.Body.ToString());
    }

    [Fact]
    public async Task Send_Delayed_NotVisibleYet()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Outbox;

        await queue.SendAsync("later", TimeSpan.FromMinutes(10), Ct);

        Assert.Empty(await queue.ReceiveAsync(32, Hidden, Ct));
        Assert.Equal(1, await queue.ApproximateCountAsync(Ct));
    }

    [Fact]
    public async Task Send_ContentInsteadOfIds_RefusedClearly()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var queue = storage.Get<WorkQueues>().Outbox;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queue.SendAsync(new string('x', 60_000), Ct));

        Assert.Contains("carry ids", error.Message, StringComparison.Ordinal);
    }

    // A client that reads and writes the wire text as it is, to see what the gateway really sends.
    private static QueueClient RawClient(TestStorage storage, string queue) =>
        new(storage.ConnectionString, queue, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2026_06_06));
}

public sealed record CardJob(string CaseId, long Version);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CardJob))]
internal sealed partial class QueueTestJson : JsonSerializerContext;
