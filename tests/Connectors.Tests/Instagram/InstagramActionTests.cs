using System.Text.Json.Nodes;
using SomeTeams.Connectors.Tests.Meta;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Instagram;

public sealed class InstagramActionTests
{
    private static readonly Author Dana = new("17841400000000777", "dana.k", "dana.k");

    private static Mention Target(MentionKind kind, string id = "17858154961981086", string thread = InstagramFixtures.MediaId, string? parent = null, double ageHours = 1) =>
        new(Network.Instagram, "ig-acme", id, kind, kind == MentionKind.DirectMessage ? Dana.ExternalId : thread, parent, Dana, "@acme my package arrived damaged",
            GraphHarness.Now.AddHours(-ageHours), kind == MentionKind.DirectMessage);

    private static SocialAction Act(SocialActionKind kind, Mention target, string? text = "So sorry! Check your DMs") => new(kind, target, text, "attempt-1");

    [Theory]
    [InlineData(MentionKind.Comment, null, "/v25.0/17858154961981086/replies")]
    [InlineData(MentionKind.Reply, "17858154961981000", "/v25.0/17858154961981000/replies")]
    public async Task Perform_PublicReply_RepliesToTheTopLevelCommentWithAFormBody(MentionKind kind, string? parent, string path)
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Instagram(), Act(SocialActionKind.ReplyPublic, Target(kind, parent: parent)));

        Assert.IsType<ActionOutcome.Done>(outcome);
        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal(("POST", path, "message=So+sorry%21+Check+your+DMs"), (request.Method, request.Path, request.Body));
        Assert.Equal("Bearer EAAtestpagetoken", request.Header("Authorization"));
        Assert.Null(request.QueryValue("message"));
    }

    [Theory]
    [InlineData(MentionKind.Comment, "17967008497439572", "comment_id=17967008497439572&message=Thanks+Lee%21")]
    [InlineData(MentionKind.Post, "17889114512354744", "media_id=17889114512354744&message=Thanks+Lee%21")]
    public async Task Perform_ReplyToAMention_GoesThroughTheMentionsEdge(MentionKind kind, string id, string body)
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Instagram(), Act(SocialActionKind.ReplyPublic, Target(kind, id, "mentioned:17918195224117851"), "Thanks Lee!"));

        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal(("POST", "/v25.0/17841400000000001/mentions", body), (request.Method, request.Path, request.Body));
    }

    [Theory]
    [InlineData(SocialActionKind.Hide, "POST", "hide=true")]
    [InlineData(SocialActionKind.Unhide, "POST", "hide=false")]
    [InlineData(SocialActionKind.Delete, "DELETE", "")]
    public async Task Perform_Moderation_SendsExactlyTheGraphRequest(SocialActionKind kind, string method, string body)
    {
        await using var graph = await GraphHarness.StartAsync();

        Assert.IsType<ActionOutcome.Done>(await graph.PerformAsync(graph.Instagram(), Act(kind, Target(MentionKind.Comment), null)));

        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal((method, "/v25.0/17858154961981086", body), (request.Method, request.Path, request.Body));
    }

    [Fact]
    public async Task Perform_PrivateReplyToAComment_SendsTheCommentRecipient()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Instagram(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.Comment), "Can you share your order number?"));

        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal(("POST", "/v25.0/17841400000000001/messages"), (request.Method, request.Path));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"recipient":{"comment_id":"17858154961981086"},"message":{"text":"Can you share your order number?"}}"""), JsonNode.Parse(request.Body)));
    }

    [Fact]
    public async Task Perform_DmReplyWithinTheWindow_SendsToThePerson()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.PerformAsync(graph.Instagram(), Act(SocialActionKind.ReplyPrivate, Target(MentionKind.DirectMessage, "aWdfZAG1"), "Hi Dana"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"recipient":{"id":"17841400000000777"},"messaging_type":"RESPONSE","message":{"text":"Hi Dana"}}"""),
            JsonNode.Parse(Assert.Single(graph.Fake.Received).Body)));
    }

    [Theory]
    [InlineData(SocialActionKind.Block, MentionKind.Comment, InstagramFixtures.MediaId, 1, ActionProblem.BlockNotAvailable)]
    [InlineData(SocialActionKind.Like, MentionKind.Comment, InstagramFixtures.MediaId, 1, ActionProblem.LikeNotAvailable)]
    [InlineData(SocialActionKind.Hide, MentionKind.Comment, "mentioned:17918195224117851", 1, ActionProblem.OnlyOwnMediaModerated)]
    [InlineData(SocialActionKind.Delete, MentionKind.Post, "mentioned:17889114512354744", 1, ActionProblem.OnlyOwnMediaModerated)]
    [InlineData(SocialActionKind.ReplyPublic, MentionKind.DirectMessage, "", 1, ActionProblem.PrivateOnly)]
    [InlineData(SocialActionKind.ReplyPrivate, MentionKind.DirectMessage, "", 30, ActionProblem.MessagingWindowClosed)]
    [InlineData(SocialActionKind.ReplyPrivate, MentionKind.Comment, InstagramFixtures.MediaId, 24 * 8, ActionProblem.PrivateReplyWindowClosed)]
    public async Task Perform_UnsupportedOrOutOfWindow_IsRefusedWithACodeBeforeAnyCall(SocialActionKind kind, MentionKind target, string thread, double ageHours, ActionProblem problem)
    {
        await using var graph = await GraphHarness.StartAsync();

        var outcome = await graph.PerformAsync(graph.Instagram(), Act(kind, Target(target, thread: thread, ageHours: ageHours)));

        var refused = Assert.IsType<ActionOutcome.Refused>(outcome);
        Assert.Equal(problem, refused.Problem);
        Assert.False(string.IsNullOrWhiteSpace(refused.Reason));
        Assert.Empty(graph.Fake.Received);
    }
}
