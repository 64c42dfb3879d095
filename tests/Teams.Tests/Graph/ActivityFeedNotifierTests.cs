using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class ActivityFeedNotifierTests
{
    private static readonly CaseId Case = new("3f2a9c");

    private static CaseNotice Notice(CaseId? id = null) => new(
        id ?? Case,
        "approvalRequested",
        "Hyväksyntä odottaa",
        "Aino pyytää hyväksyntää vastaukselle",
        new Dictionary<string, string> { ["network"] = "X", ["drafter"] = "Aino Agent" });

    [Fact]
    public async Task Notify_Ok_PostsGraphShapeWithCaseChainAndLink()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Get<ActivityFeedNotifier>().NotifyAsync("user-1", Notice(), TestContext.Current.CancellationToken);

        Assert.True(result.IsOk);
        var request = Assert.Single(h.Graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/user-1/teamwork/sendActivityNotification", request.Path);
        Assert.Equal("Bearer fake-graph-token", request.Header("Authorization"));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("text", body.GetProperty("topic").GetProperty("source").GetString());
        Assert.Equal("Hyväksyntä odottaa", body.GetProperty("topic").GetProperty("value").GetString());
        Assert.Equal("https://teams.example.test/care?tab=queue&caseId=3f2a9c", body.GetProperty("topic").GetProperty("webUrl").GetString());
        Assert.Equal("approvalRequested", body.GetProperty("activityType").GetString());
        Assert.Equal(ActivityChain.Of(Case), body.GetProperty("chainId").GetInt64());
        Assert.Equal("Aino pyytää hyväksyntää vastaukselle", body.GetProperty("previewText").GetProperty("content").GetString());
        Assert.Equal(
            ["drafter=Aino Agent", "network=X"],
            body.GetProperty("templateParameters").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}={p.GetProperty("value").GetString()}"));
    }

    [Fact]
    public async Task Notify_NoLinkConfigured_TopicIsTheTeamEntity()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:NotificationLink"] = null });

        await h.Get<ActivityFeedNotifier>().NotifyAsync("user-1", Notice(), TestContext.Current.CancellationToken);

        var topic = JsonDocument.Parse(h.Graph.Requests[0].Body).RootElement.GetProperty("topic");
        Assert.Equal("entityUrl", topic.GetProperty("source").GetString());
        Assert.Equal($"{h.Graph.BaseUrl}/teams/{GraphHarness.TeamId}", topic.GetProperty("value").GetString());
    }

    [Fact]
    public void Chain_SameCase_SameChainOtherCaseOther()
    {
        Assert.Equal(ActivityChain.Of(new CaseId("3f2a9c")), ActivityChain.Of(new CaseId("3f2a9c")));
        Assert.NotEqual(ActivityChain.Of(new CaseId("3f2a9c")), ActivityChain.Of(new CaseId("3f2a9d")));
        Assert.True(ActivityChain.Of(Case) > 0);
    }

    [Theory]
    [InlineData(403, "Forbidden", GraphOutcome.Forbidden, true)]
    [InlineData(404, "NotFound", GraphOutcome.NotFound, true)]
    [InlineData(400, "BadRequest", GraphOutcome.Rejected, false)]
    [InlineData(503, "ServiceNotAvailable", GraphOutcome.Unavailable, false)]
    public async Task Notify_GraphRefuses_FailureAsValue(int status, string code, GraphOutcome outcome, bool fallback)
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(status, code);

        var result = await h.Get<ActivityFeedNotifier>().NotifyAsync("user-1", Notice(), TestContext.Current.CancellationToken);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(fallback, result.UseFallback);
        Assert.Single(h.Graph.Requests);
    }

    [Fact]
    public async Task Notify_Throttled_ReturnsRetryAfterWithoutRetryingInline()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(429, "TooManyRequests", "7");

        var result = await h.Get<ActivityFeedNotifier>().NotifyAsync("user-1", Notice(), TestContext.Current.CancellationToken);

        Assert.Equal(GraphOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Single(h.Graph.Requests);
    }
}
