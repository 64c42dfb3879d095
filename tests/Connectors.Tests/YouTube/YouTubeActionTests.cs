using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.YouTube;

public sealed class YouTubeActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_ToAReply_InsertsCommentUnderTheTopLevelComment()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var top = YouTubeHarness.Comment(1);
        h.Fake.AddThread(top.Thread(YouTubeHarness.Reply(top, 5)));
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[1];

        var done = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "Thanks! Fixed in v4.2.1, see the pinned comment.", "k"), Ct));

        var post = Assert.Single(h.ApiCalls("comments"));
        Assert.Equal("POST", post.Method);
        Assert.Equal("?part=snippet", post.Query);
        Assert.Equal($"Bearer {h.Fake.AccessToken}", post.Header("Authorization"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$$"""{"snippet":{"parentId":"{{{top.Id}}}","textOriginal":"Thanks! Fixed in v4.2.1, see the pinned comment."}}"""), JsonNode.Parse(post.Body)), post.Body);
        Assert.StartsWith(top.Id + ".", done.ExternalId!, StringComparison.Ordinal);
        Assert.Equal(new Uri($"https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc={done.ExternalId}"), done.Permalink);
    }

    [Theory]
    [InlineData(SocialActionKind.Hide, "heldForReview", "false")]
    [InlineData(SocialActionKind.Delete, "rejected", "false")]
    [InlineData(SocialActionKind.Block, "rejected", "true")]
    public async Task Moderate_SetsModerationStatusWithNoBody(SocialActionKind kind, string status, string ban)
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[0];

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(kind, target, null, "k"), Ct));

        var call = Assert.Single(h.ApiCalls("comments/setModerationStatus"));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"?id={target.ExternalId}&moderationStatus={status}&banAuthor={ban}", call.Query);
        Assert.Equal(string.Empty, call.Body);
        Assert.Equal((status, ban == "true"), h.Fake.Moderation[target.ExternalId]);
    }

    [Fact]
    public async Task Reply_ToDeletedThread_FailsAsNotFound()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[0] with { ThreadId = "gone" };

        var failed = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct));

        Assert.Equal("parentCommentNotFound", Assert.IsType<ConnectorError.NotFound>(failed.Error).Reason);
    }

    [Fact]
    public async Task Reply_WhenTheDailyQuotaCannotFitIt_IsRefusedAsQuotaWithoutCalling()
    {
        await using var h = await YouTubeHarness.StartAsync(new Dictionary<string, string> { ["DailyQuota"] = "40", ["ReplyReserve"] = "0" });
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[0];

        var failed = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct));

        Assert.IsType<ConnectorError.QuotaExhausted>(failed.Error);
        Assert.Equal(ActionProblem.QuotaExhausted, failed.Error.Problem);
        Assert.Empty(h.ApiCalls("comments"));
    }

    [Theory]
    [InlineData(SocialActionKind.ReplyPrivate, ActionProblem.NoPrivateMessages)]
    [InlineData(SocialActionKind.Like, ActionProblem.LikeNotAvailable)]
    [InlineData(SocialActionKind.Unhide, ActionProblem.UnhideOnNetwork)]
    public async Task Unsupported_IsRefusedBeforeAnyCall(SocialActionKind kind, ActionProblem problem)
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[0];
        var before = h.Fake.Requests.Count;

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(h.Account, new SocialAction(kind, target, "text", "k"), Ct));

        Assert.Contains("YouTube", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(problem, refused.Problem);
        Assert.Equal(before, h.Fake.Requests.Count);
    }
}
