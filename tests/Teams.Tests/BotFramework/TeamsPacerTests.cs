using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class TeamsPacerTests
{
    private const string Tenant = "tenant-a";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TeamsPacer Pacer(int tenantPerSecond = 40) => new(time, Options.Create(new ConnectorOptions { TenantRequestsPerSecond = tenantPerSecond }));

    [Fact]
    public async Task Wait_SevenWritesInASecond_PassAtOnce_TheEighthWaitsForTheWindow()
    {
        var pacer = Pacer();
        for (var i = 0; i < 7; i++)
        {
            Answered(pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct));
        }

        var eighth = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct);
        Assert.False(eighth.IsCompleted);

        // The seven were answered at once; a hundredth of the window is kept as margin.
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(10));
        (await eighth.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Wait_UnansweredWrites_HoldTheWindowUntilTheirAnswerPlusTheWindow()
    {
        var pacer = Pacer();
        var writes = new List<PacedWrite>();
        for (var i = 0; i < 7; i++)
        {
            writes.Add(await pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct));
        }

        // Teams counts a write when it arrives, which may be as late as its answer: unanswered ones hold their places.
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(pacer.NextSlot(Tenant, "19:a@thread.tacv2"));

        writes[0].Dispose();
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMilliseconds(1010), pacer.NextSlot(Tenant, "19:a@thread.tacv2"));
        writes.ForEach(w => w.Dispose());
    }

    [Fact]
    public void DeferUntil_SlotWithinTheInlineWait_IsNull_ABusyChannelSpreadsItsDeferredWriters()
    {
        var pacer = Pacer();
        for (var i = 0; i < 7; i++)
        {
            Assert.Null(pacer.DeferUntil(Tenant, "19:a@thread.tacv2", TimeSpan.FromSeconds(2)));
            Answered(pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct));
        }

        var start = time.GetUtcNow();
        Assert.Null(pacer.DeferUntil(Tenant, "19:a@thread.tacv2", TimeSpan.FromSeconds(2)));

        // The writer just told to go ahead will take the eighth slot of the 2 s window, so the next must wait for that window.
        var first = pacer.DeferUntil(Tenant, "19:a@thread.tacv2", TimeSpan.Zero);
        var second = pacer.DeferUntil(Tenant, "19:a@thread.tacv2", TimeSpan.Zero);

        Assert.Equal(start + TimeSpan.FromMilliseconds(2020), first);
        Assert.Equal(first + TimeSpan.FromMilliseconds(250), second);
        Assert.Null(pacer.DeferUntil(Tenant, "19:b@thread.tacv2", TimeSpan.Zero));
    }

    [Fact]
    public async Task Wait_ThreadsOfOneChannel_ShareTheChannelsBudget()
    {
        var pacer = Pacer();
        for (var i = 0; i < 7; i++)
        {
            (await pacer.WaitForSlotAsync(Tenant, $"19:a@thread.tacv2;messageid={i + 1}", Ct)).Dispose();
        }

        Assert.False(pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2;messageid=99", Ct).IsCompleted);
        Answered(pacer.WaitForSlotAsync(Tenant, "19:b@thread.tacv2", Ct));
    }

    [Fact]
    public async Task Wait_SixtyWritesIn30Seconds_TheNextWaitsUntilTheFirstLeavesTheWindow()
    {
        var pacer = Pacer();
        var start = time.GetUtcNow();
        for (var i = 0; i < 60; i++)
        {
            var slot = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct);
            while (!slot.IsCompleted)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
                await Task.Yield();
            }

            (await slot).Dispose();
        }

        var next = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct);
        while (!next.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(30), "61 writes fitted in 30 s");
    }

    [Fact]
    public void Wait_TenantBudget_LimitsAllConversationsTogether()
    {
        var pacer = Pacer(tenantPerSecond: 3);
        for (var i = 0; i < 3; i++)
        {
            Answered(pacer.WaitForSlotAsync(Tenant, $"19:c{i}@thread.tacv2", Ct));
        }

        Assert.False(pacer.WaitForSlotAsync(Tenant, "19:c9@thread.tacv2", Ct).IsCompleted);
        Answered(pacer.WaitForSlotAsync("tenant-b", "19:c9@thread.tacv2", Ct));
    }

    [Fact]
    public async Task Wait_AfterThrottled_HoldsTheTenantForRetryAfter()
    {
        var pacer = Pacer();
        pacer.Throttled(Tenant, TimeSpan.FromSeconds(5));

        var held = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(held.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        (await held.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Wait_Cancelled_StopsWaiting()
    {
        var pacer = Pacer();
        pacer.Throttled(Tenant, TimeSpan.FromMinutes(1));
        using var cts = new CancellationTokenSource();

        var held = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
    }

    /// <summary>The slot was granted at once; its write is answered at once.</summary>
    private static void Answered(Task<PacedWrite> slot)
    {
        Assert.True(slot.IsCompletedSuccessfully, "the slot was not granted at once");
        slot.Result.Dispose();
    }
}
