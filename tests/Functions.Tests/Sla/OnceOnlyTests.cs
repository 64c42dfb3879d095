using Microsoft.Extensions.Logging.Abstractions;
using SomeTeams.Functions.Sla;
using SomeTeams.Storage.Notices;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Sla;

/// <summary>The once-only marks on Azurite: one sender wins, a certain failure is retried, an unknown outcome is not.</summary>
public sealed class OnceOnlyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<(NoticeMarkStore Marks, OnceOnly Once)> CreateAsync(TestStorage storage)
    {
        var marks = storage.Get<NoticeMarkStore>();
        return Task.FromResult((marks, new OnceOnly(marks, NullLogger<OnceOnly>.Instance)));
    }

    [Fact]
    public async Task TwentyConcurrentSenders_ExactlyOneSends()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var (marks, once) = await CreateAsync(storage);
        var sends = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => once.SendAsync("case-1", "sla-Half-1", _ =>
        {
            Interlocked.Increment(ref sends);
            return Task.FromResult(Delivery.Sent);
        }, Ct)));

        Assert.Equal(1, sends);
        Assert.Single(results, r => r);
        Assert.Equal(NoticeMarkState.Sent, (await marks.GetAsync("case-1", "sla-Half-1", Ct))!.State);
    }

    [Fact]
    public async Task NotSent_MarkGivenBack_NextRunSends()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var (marks, once) = await CreateAsync(storage);

        Assert.False(await once.SendAsync("case-2", "k", _ => Task.FromResult(Delivery.NotSent), Ct));
        Assert.Null(await marks.GetAsync("case-2", "k", Ct));
        Assert.True(await once.SendAsync("case-2", "k", _ => Task.FromResult(Delivery.Sent), Ct));
        Assert.False(await once.SendAsync("case-2", "k", _ => throw new InvalidOperationException("must not send again"), Ct));
    }

    [Fact]
    public async Task UnknownOutcome_NeverSentAgain()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var (marks, once) = await CreateAsync(storage);

        await once.SendAsync("case-3", "k", _ => Task.FromResult(Delivery.Unknown), Ct);

        Assert.Equal(NoticeMarkState.Unknown, (await marks.GetAsync("case-3", "k", Ct))!.State);
        Assert.False(await once.SendAsync("case-3", "k", _ => throw new InvalidOperationException("must not send again"), Ct));
    }

    [Fact]
    public async Task CrashWhileSending_MarkStaysReserved_NotRepeated()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var (marks, once) = await CreateAsync(storage);

        await Assert.ThrowsAsync<IOException>(() => once.SendAsync("case-4", "k", _ => throw new IOException("process died mid-send"), Ct));

        Assert.Equal(NoticeMarkState.Reserved, (await marks.GetAsync("case-4", "k", Ct))!.State);
        Assert.False(await once.SendAsync("case-4", "k", _ => throw new InvalidOperationException("must not send again"), Ct));
    }
}
