using System.Text.Json.Nodes;
using SomeTeams.Connectors;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.X;

public sealed class XActionTests
{
    private static readonly Author Dana = new("2222222222", "danak", "Dana K");

    private static Mention Target(MentionKind kind = MentionKind.Post, string text = "@AcmeSupport my order #4411 never arrived") =>
        new(Network.X, "x-acme", "1960000000000000002", kind, "1960000000000000002", null, Dana, text,
            new DateTimeOffset(2026, 8, 20, 9, 15, 2, TimeSpan.Zero), kind == MentionKind.DirectMessage);

    private static SocialAction Act(SocialActionKind kind, Mention target, string? text = "@danak We're sorry! Please DM us your order number.") =>
        new(kind, target, text, "attempt-1");

    [Fact]
    public async Task Perform_PublicReply_PostsTheExactTweetsRequest()
    {
        await using var x = await XHarness.StartAsync();

        var outcome = await x.PerformAsync(x.Account(), Act(SocialActionKind.ReplyPublic, Target()));

        var done = Assert.IsType<ActionOutcome.Done>(outcome);
        Assert.Equal("1960000000000000099", done.ExternalId);
        Assert.Equal(new Uri("https://x.com/AcmeSupport/status/1960000000000000099"), done.Permalink);
        var request = Assert.Single(x.Fake.Received);
        Assert.Equal(("POST", "/2/tweets"), (request.Method, request.Path));
        Assert.Equal("Bearer user-token-1", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"text":"@danak We're sorry! Please DM us your order number.","reply":{"in_reply_to_tweet_id":"1960000000000000002"}}"""),
            JsonNode.Parse(request.Body)));
    }

    [Fact]
    public async Task Perform_PublicReplyToAPostThatDidNotMentionTheBrand_IsRefusedBeforeAnyCall()
    {
        await using var x = await XHarness.StartAsync();

        var outcome = await x.PerformAsync(x.Account(), Act(SocialActionKind.ReplyPublic, Target(text: "acme prices are up again, @AcmeSupporters unite")));

        var refused = Assert.IsType<ActionOutcome.Refused>(outcome);
        Assert.Equal(ActionProblem.NotSummoned, refused.Problem);
        Assert.Contains("mentioned", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(x.Fake.Received);
    }

    [Fact]
    public async Task Perform_XRejectsTheReplyAsNotSummoned_FailsWithThatReasonNotSilently()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.RejectRepliesAsNotSummoned = true;

        var outcome = await x.PerformAsync(x.Account(), Act(SocialActionKind.ReplyPublic, Target()));

        var failed = Assert.IsType<ActionOutcome.Failed>(outcome);
        Assert.Contains("mentioned or quoted the brand", Assert.IsType<ConnectorError.Rejected>(failed.Error).Reason, StringComparison.Ordinal);
        Assert.Equal(ActionProblem.NotSummoned, failed.Error.Problem);
    }

    [Fact]
    public async Task Perform_PrivateReply_SendsADirectMessageToTheAuthor()
    {
        await using var x = await XHarness.StartAsync();

        var outcome = await x.PerformAsync(x.Account(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage), "Thanks, re-shipped today."));

        Assert.IsType<ActionOutcome.Done>(outcome);
        var request = Assert.Single(x.Fake.Received);
        Assert.Equal(("POST", "/2/dm_conversations/with/2222222222/messages"), (request.Method, request.Path));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"text":"Thanks, re-shipped today."}"""), JsonNode.Parse(request.Body)));
    }

    [Theory]
    [InlineData(SocialActionKind.Hide, true)]
    [InlineData(SocialActionKind.Unhide, false)]
    public async Task Perform_HideOrUnhideAReply_PutsTheHiddenFlag(SocialActionKind kind, bool hidden)
    {
        await using var x = await XHarness.StartAsync();

        var outcome = await x.PerformAsync(x.Account(), Act(kind, Target(MentionKind.Reply), null));

        Assert.IsType<ActionOutcome.Done>(outcome);
        var request = Assert.Single(x.Fake.Received);
        Assert.Equal(("PUT", "/2/tweets/1960000000000000002/hidden"), (request.Method, request.Path));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["hidden"] = hidden }, JsonNode.Parse(request.Body)));
    }

    [Theory]
    [InlineData(SocialActionKind.Block, MentionKind.Post, ActionProblem.BlockNotAvailable)]
    [InlineData(SocialActionKind.Like, MentionKind.Post, ActionProblem.LikeNotAvailable)]
    [InlineData(SocialActionKind.Delete, MentionKind.Reply, ActionProblem.DeleteOnlyOwn)]
    [InlineData(SocialActionKind.Hide, MentionKind.Post, ActionProblem.HideOnlyInOwnThreads)]
    [InlineData(SocialActionKind.ReplyPublic, MentionKind.DirectMessage, ActionProblem.PrivateOnly)]
    public async Task Perform_UnsupportedAction_IsRefusedWithACodeBeforeAnyCall(SocialActionKind kind, MentionKind target, ActionProblem problem)
    {
        await using var x = await XHarness.StartAsync();

        var outcome = await x.PerformAsync(x.Account(), Act(kind, Target(target)));

        var refused = Assert.IsType<ActionOutcome.Refused>(outcome);
        Assert.Equal(problem, refused.Problem);
        Assert.False(string.IsNullOrWhiteSpace(refused.Reason));
        Assert.Empty(x.Fake.Received);
    }

    [Fact]
    public async Task Perform_RateLimitedReply_FailsWithTheWaitAndPublishesNothing()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.Remaining = 0;
        x.Fake.ResetAt = XHarness.Now.AddMinutes(3);

        var outcome = await x.PerformAsync(x.Account(), Act(SocialActionKind.ReplyPublic, Target()));

        Assert.Equal(TimeSpan.FromMinutes(3), Assert.IsType<ConnectorError.RateLimited>(Assert.IsType<ActionOutcome.Failed>(outcome).Error).RetryAfter);
    }
}
