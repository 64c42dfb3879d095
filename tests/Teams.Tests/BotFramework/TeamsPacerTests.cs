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
            Assert.True(pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct).IsCompletedSuccessfully);
        }

        var eighth = pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2", Ct);
        Assert.False(eighth.IsCompleted);

        // Teams counts at arrival, so the pacer keeps a tenth of the window as margin.
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task Wait_ThreadsOfOneChannel_ShareTheChannelsBudget()
    {
        var pacer = Pacer();
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitForSlotAsync(Tenant, $"19:a@thread.tacv2;messageid={i + 1}", Ct);
        }

        Assert.False(pacer.WaitForSlotAsync(Tenant, "19:a@thread.tacv2;messageid=99", Ct).IsCompleted);
        Assert.True(pacer.WaitForSlotAsync(Tenant, "19:b@thread.tacv2", Ct).IsCompletedSuccessfully);
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
            Assert.True(pacer.WaitForSlotAsync(Tenant, $"19:c{i}@thread.tacv2", Ct).IsCompletedSuccessfully);
        }

        Assert.False(pacer.WaitForSlotAsync(Tenant, "19:c9@thread.tacv2", Ct).IsCompleted);
        Assert.True(pacer.WaitForSlotAsync("tenant-b", "19:c9@thread.tacv2", Ct).IsCompletedSuccessfully);
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
        await held.WaitAsync(TimeSpan.FromSeconds(10), Ct);
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
}
