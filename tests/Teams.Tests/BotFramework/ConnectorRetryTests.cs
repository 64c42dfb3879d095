using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class ConnectorRetryTests
{
    private static readonly OutgoingActivity Hello = new() { Text = "Hello" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenDeliversOnce()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(429, TimeSpan.FromSeconds(3), "Throttled"));

        var result = await h.DriveAsync(h.Client.SendAsync(h.Target, Hello, Ct));

        Assert.True(result.IsOk);
        var requests = h.Connector.Requests;
        Assert.Equal([429, 201], requests.Select(r => r.StatusCode));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(3), "the retry came before Retry-After");
    }

    [Fact]
    public async Task Send_429_HoldsTheWholeTenantUntilRetryAfter()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(429, TimeSpan.FromSeconds(10), "Throttled"));
        var throttled = h.Client.SendAsync(h.Target, Hello, Ct);
        await Poll.UntilAsync(() => h.Pacer.HeldUntil(ConnectorHarness.TenantId) is not null);

        var other = h.Target with { ConversationId = "19:other@thread.tacv2" };
        var result = await h.DriveAsync(h.Client.SendAsync(other, Hello, Ct));
        await h.DriveAsync(throttled);

        Assert.True(result.IsOk);
        var otherRequest = h.Connector.Requests.Single(r => r.RawTarget.Contains("other", StringComparison.Ordinal));
        Assert.True(otherRequest.At - h.Connector.Requests[0].At >= TimeSpan.FromSeconds(10), "another conversation of the tenant went through the gate");
    }

    [Fact]
    public async Task Send_429AskingForMoreThanAMinute_ReturnsThrottledWithoutWaiting()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(429, TimeSpan.FromMinutes(5), "Throttled"));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(5), result.RetryAfter);
        Assert.Single(h.Connector.Requests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(500)]
    public async Task Send_ServerErrorAfterPosting_IsOutcomeUnknownAndNotResent(int status)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(status));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.OutcomeUnknown, result.Outcome);
        Assert.Single(h.Connector.Requests);
    }

    [Fact]
    public async Task Send_ConnectionDroppedAfterPosting_IsOutcomeUnknownAndNotResent()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(0, DropConnection: true));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.OutcomeUnknown, result.Outcome);
        Assert.Single(h.Connector.Requests);
    }

    [Fact]
    public async Task Send_412_IsRetriedBecauseNothingWasApplied()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(412, ErrorCode: "PreconditionFailed"));

        var result = await h.DriveAsync(h.Client.SendAsync(h.Target, Hello, Ct));

        Assert.True(result.IsOk);
        Assert.Equal([412, 201], h.Connector.Requests.Select(r => r.StatusCode));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Update_TransientFailure_IsRetried(int status)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(status), new InjectedFailure(status));

        var result = await h.DriveAsync(h.Client.UpdateAsync(h.Target, "1776390257400", Hello, Ct));

        Assert.True(result.IsOk);
        Assert.Equal(3, h.Connector.Requests.Count);
    }

    [Fact]
    public async Task Update_FailingEveryTime_GivesUpAsUnavailable()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject([.. Enumerable.Repeat(new InjectedFailure(503), ConnectorRetry.MaxAttempts)]);

        var result = await h.DriveAsync(h.Client.UpdateAsync(h.Target, "1776390257400", Hello, Ct));

        Assert.Equal(ConnectorOutcome.Unavailable, result.Outcome);
        Assert.Equal(ConnectorRetry.MaxAttempts, h.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(400, "BadArgument")]
    public async Task Send_PermanentRefusal_IsRejectedWithItsCode(int status, string code)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(status, ErrorCode: code));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.Rejected, result.Outcome);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(status, result.StatusCode);
        Assert.Single(h.Connector.Requests);
    }

    [Fact]
    public async Task Send_413_IsTooLargeAndNotRetried()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(413, ErrorCode: "MessageSizeTooBig"));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.TooLarge, result.Outcome);
        Assert.Single(h.Connector.Requests);
    }

    [Fact]
    public async Task Send_ActivityOverTheSizeBudget_IsRefusedBeforeSending()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.SendAsync(h.Target, new OutgoingActivity { Text = new string('ä', 28_000) }, Ct);

        Assert.Equal(ConnectorOutcome.TooLarge, result.Outcome);
        Assert.Empty(h.Connector.Requests);
    }
}
