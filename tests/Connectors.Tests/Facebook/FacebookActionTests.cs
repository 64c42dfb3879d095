using System.Text.Json.Nodes;
using SomeTeams.Connectors.Tests.Meta;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Facebook;

public sealed class FacebookActionTests
{
    private const string CommentId = "122100000000000001_1045000000000002";
    private static readonly Author Dana = new("7000000000000001", "Dana K", "Dana K");

    private static Mention Target(MentionKind kind, TimeSpan age, string id = CommentId, string? parent = "122100000000000001_1045000000000001") =>
        new(Network.Facebook, "fb-acme", id, kind, kind == MentionKind.DirectMessage ? "7300000000000001" : GraphFixtures.PostId, parent,
            kind == MentionKind.DirectMessage ? new Author("7300000000000001", "Dana K", "Dana K") : Dana, "Acme I'm still waiting on order 4411...",
            GraphHarness.Now - age, kind == MentionKind.DirectMessage);

    private static SocialAction Act(SocialActionKind kind, Mention target, string? text = "Hi Dana, sorry for the wait!") => new(kind, target, text, "attempt-1");

    [Fact]
    public async Task Perform_PublicReplyToAReply_CommentsOnTheTopLevelCommentAsAForm()
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPublic, Target(MentionKind.Reply, TimeSpan.FromHours(1))));

        Assert.Equal("122100000000000001_1045000000000100", Assert.IsType<ActionOutcome.Done>(outcome).ExternalId);
        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal(("POST", "/v25.0/122100000000000001_1045000000000001/comments"), (request.Method, request.Path));
        Assert.Equal("Bearer EAAtestpagetoken", request.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("message=Hi+Dana%2C+sorry+for+the+wait%21", request.Body);
    }

    [Fact]
    public async Task Perform_PrivateReplyToAComment_SendsTheRecipientCommentId()
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.Comment, TimeSpan.FromDays(6)), "Could you send your order number here?"));

        Assert.StartsWith("m_", Assert.IsType<ActionOutcome.Done>(outcome).ExternalId, StringComparison.Ordinal);
        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal(("POST", "/v25.0/104857390012345/messages"), (request.Method, request.Path));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""{"recipient":{"comment_id":"{{{CommentId}}}"},"message":{"text":"Could you send your order number here?"}}"""),
            JsonNode.Parse(request.Body)));
    }

    [Fact]
    public async Task Perform_PrivateReplyToAVisitorPost_SendsTheRecipientPostId()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.Post, TimeSpan.FromHours(2), "104857390012345_122100000000000077", null), "Hi Lee"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"recipient":{"post_id":"104857390012345_122100000000000077"},"message":{"text":"Hi Lee"}}"""),
            JsonNode.Parse(Assert.Single(graph.Fake.Received).Body)));
    }

    [Fact]
    public async Task Perform_AppSecretConfigured_ProvesTheTokenWithoutPuttingItInTheUrl()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Facebook(("AppSecret", "test_app_secret")), Act(SocialActionKind.Like, Target(MentionKind.Comment, TimeSpan.FromHours(1)), null));

        var request = Assert.Single(graph.Fake.Received);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("test_app_secret"u8, "EAAtestpagetoken"u8));
        Assert.Equal(expected, request.QueryValue("appsecret_proof"));
        Assert.Null(request.QueryValue("access_token"));
    }

    [Fact]
    public async Task Perform_MessengerReplyWithinADay_IsAResponse()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage, TimeSpan.FromHours(23), "m_Zx9EXAMPLEinbound0003", null), "Re-shipped today."));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"recipient":{"id":"7300000000000001"},"messaging_type":"RESPONSE","message":{"text":"Re-shipped today."}}"""),
            JsonNode.Parse(Assert.Single(graph.Fake.Received).Body)));
    }

    [Fact]
    public async Task Perform_MessengerReplyAfterADayWithHumanAgentGranted_CarriesTheTag()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Facebook(("HumanAgentTag", "true")),
            Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage, TimeSpan.FromDays(3), "m_Zx9EXAMPLEinbound0003", null), "Re-shipped today."));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"recipient":{"id":"7300000000000001"},"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT","message":{"text":"Re-shipped today."}}"""),
            JsonNode.Parse(Assert.Single(graph.Fake.Received).Body)));
    }

    [Theory]
    [InlineData(25, null, "24 hours", ActionProblem.MessagingWindowClosed)]
    [InlineData(8 * 24, "true", "7 days", ActionProblem.HumanAgentWindowClosed)]
    public async Task Perform_MessengerReplyOutsideTheWindow_IsRefusedBeforeAnyCall(int hours, string? tag, string reason, ActionProblem problem)
    {
        await using var graph = await GraphHarness.StartAsync();
        var account = tag is null ? graph.Facebook() : graph.Facebook(("HumanAgentTag", tag));

        var outcome = await graph.PerformAsync(account, Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage, TimeSpan.FromHours(hours), "m_Zx9EXAMPLEinbound0003", null)));

        var refused = Assert.IsType<ActionOutcome.Refused>(outcome);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(problem, refused.Problem);
        Assert.Empty(graph.Fake.Received);
    }

    [Fact]
    public async Task Perform_GraphSaysOutsideTheWindow_FailsWithThatReason()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.NextWriteError = GraphFixtures.Parse("""{"message":"(#10) This message is sent outside of allowed window.","type":"OAuthException","code":10,"error_subcode":2018278,"fbtrace_id":"A1b2C3d4"}""");

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage, TimeSpan.FromHours(2), "m_Zx9EXAMPLEinbound0003", null)));

        var error = Assert.IsType<ConnectorError.Rejected>(Assert.IsType<ActionOutcome.Failed>(outcome).Error);
        Assert.Contains("messaging window", error.Reason, StringComparison.Ordinal);
        Assert.Equal(ActionProblem.MessagingWindowClosed, error.Problem);
    }

    [Theory]
    [InlineData(SocialActionKind.Hide, "POST", "/v25.0/" + CommentId, "is_hidden=true")]
    [InlineData(SocialActionKind.Unhide, "POST", "/v25.0/" + CommentId, "is_hidden=false")]
    [InlineData(SocialActionKind.Delete, "DELETE", "/v25.0/" + CommentId, "")]
    [InlineData(SocialActionKind.Like, "POST", "/v25.0/" + CommentId + "/likes", "")]
    [InlineData(SocialActionKind.Block, "POST", "/v25.0/104857390012345/blocked", "user=7000000000000001")]
    public async Task Perform_Moderation_SendsExactlyTheGraphRequest(SocialActionKind kind, string method, string path, string body)
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(kind, Target(MentionKind.Reply, TimeSpan.FromHours(1)), null));

        Assert.IsType<ActionOutcome.Done>(outcome);
        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal((method, path, body), (request.Method, request.Path, request.Body));
        Assert.Equal("Bearer EAAtestpagetoken", request.Header("Authorization"));
    }

    [Theory]
    [InlineData(SocialActionKind.ReplyPublic)]
    [InlineData(SocialActionKind.Hide)]
    [InlineData(SocialActionKind.Delete)]
    [InlineData(SocialActionKind.Like)]
    public async Task Perform_PublicActionOnAMessengerMessage_IsRefusedBeforeAnyCall(SocialActionKind kind)
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(kind, Target(MentionKind.DirectMessage, TimeSpan.FromHours(1), "m_1", null)));

        Assert.False(string.IsNullOrWhiteSpace(Assert.IsType<ActionOutcome.Refused>(outcome).Reason));
        Assert.Empty(graph.Fake.Received);
    }

    [Fact]
    public async Task Perform_PrivateReplyToACommentOlderThanAWeek_IsRefusedBeforeAnyCall()
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.Comment, TimeSpan.FromDays(8))));

        Assert.Equal(ActionProblem.PrivateReplyWindowClosed, Assert.IsType<ActionOutcome.Refused>(outcome).Problem);
        Assert.Empty(graph.Fake.Received);
    }

    [Fact]
    public async Task Perform_ExpiredToken_FailsAsAuthExpired()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.TokenExpired = true;

        var outcome = await graph.PerformAsync(graph.Facebook(), Act(SocialActionKind.Hide, Target(MentionKind.Comment, TimeSpan.FromHours(1)), null));

        var error = Assert.IsType<ConnectorError.AuthExpired>(Assert.IsType<ActionOutcome.Failed>(outcome).Error);
        Assert.Equal(ActionProblem.AuthExpired, error.Problem);
    }
}
