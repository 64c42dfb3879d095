using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Mastodon;

namespace SomeTeams.Connectors.Tests.Mastodon;

public sealed class MastodonActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_PublicOnUnlistedStatus_PostsStatusKeepingVisibilityWithIdempotencyKey()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(113186126728896492, visibility: "unlisted"));

        var outcome = await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "sorry about that! Fixed in 4.2.1.", "attempt-1"), Ct);

        var done = Assert.IsType<ActionOutcome.Done>(outcome);
        Assert.NotNull(done.ExternalId);
        Assert.Equal(new Uri($"https://mastodon.example/@acme/{done.ExternalId}"), done.Permalink);
        var post = h.Fake.Requests.Single(r => r.Method == "POST");
        Assert.Equal("/api/v1/statuses", post.Path);
        Assert.Equal($"Bearer {FakeMastodon.Token}", post.Header("Authorization"));
        Assert.Equal("attempt-1", post.Header("Idempotency-Key"));
        Assert.StartsWith("application/json", post.Header("Content-Type"), StringComparison.Ordinal);
        var body = JsonNode.Parse(post.Body)!.AsObject();
        Assert.Equal("@zsc@fosstodon.example sorry about that! Fixed in 4.2.1.", (string?)body["status"]);
        Assert.Equal("113186126728896492", (string?)body["in_reply_to_id"]);
        Assert.Equal("unlisted", (string?)body["visibility"]);
        Assert.Equal("en", (string?)body["language"]);
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public async Task Reply_Private_IsADirectStatus()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(11));

        await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPrivate, target, "@zsc@fosstodon.example could you DM your customer number?", "a-2"), Ct);

        var body = JsonNode.Parse(h.Fake.Requests.Single(r => r.Method == "POST").Body)!;
        Assert.Equal("direct", (string?)body["visibility"]);
        Assert.Equal("@zsc@fosstodon.example could you DM your customer number?", (string?)body["status"]);
    }

    [Fact]
    public async Task Reply_SameAttemptTwice_ReturnsTheSameStatus()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(12));
        var action = new SocialAction(SocialActionKind.ReplyPublic, target, "thanks!", "same-key");

        var first = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, action, Ct));
        var second = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, action, Ct));

        Assert.Equal(first.ExternalId, second.ExternalId);
        Assert.Single(h.Fake.Posted);
    }

    [Fact]
    public async Task Reply_ToDeletedStatus_FailsAsNotFoundWithoutPosting()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(13)) with { ExternalId = "999" };

        var outcome = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct));

        Assert.IsType<ConnectorError.NotFound>(outcome.Error);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task Reply_OverTheInstanceLimit_IsRejected()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(14));

        var outcome = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, new string('a', 600), "k"), Ct));

        Assert.Equal("Validation failed: Text character limit of 500 exceeded", Assert.IsType<ConnectorError.Rejected>(outcome.Error).Reason);
    }

    [Fact]
    public async Task Reply_ConnectionDropsAfterSending_IsUnknownSoNobodyRepeatsItBlindly()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(18));
        h.Fake.DropAnswerToNextPost = true;

        var outcome = await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct);

        Assert.IsType<ActionOutcome.Unknown>(outcome);
        Assert.Single(h.Fake.Posted);
    }

    [Fact]
    public async Task Reply_ServerUnreachable_FailsAsUnavailable()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(19));
        await h.Fake.DisposeAsync();

        var outcome = await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct);

        Assert.IsType<ConnectorError.Unavailable>(Assert.IsType<ActionOutcome.Failed>(outcome).Error);
    }

    [Fact]
    public async Task Like_Favourites_TheStatus()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(15));

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Like, target, null, "k"), Ct));

        var post = h.Fake.Requests.Single(r => r.Method == "POST");
        Assert.Equal("/api/v1/statuses/15/favourite", post.Path);
        Assert.Equal(string.Empty, post.Body);
    }

    [Fact]
    public async Task Block_BlocksTheAuthorAccount()
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(16));

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Block, target, null, "k"), Ct));

        Assert.Equal("/api/v1/accounts/971724/block", h.Fake.Requests.Single(r => r.Method == "POST").Path);
    }

    [Theory]
    [InlineData(SocialActionKind.Hide)]
    [InlineData(SocialActionKind.Unhide)]
    [InlineData(SocialActionKind.Delete)]
    public async Task Unsupported_IsRefusedBeforeAnyCall(SocialActionKind kind)
    {
        await using var h = await MastodonHarness.StartAsync();
        var target = await FetchOneAsync(h, MastodonHarness.Status(17));
        var before = h.Fake.Requests.Count;

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(h.Account, new SocialAction(kind, target, null, "k"), Ct));

        Assert.Contains("Mastodon", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(kind == SocialActionKind.Delete ? ActionProblem.DeleteOnlyOwn : ActionProblem.HideNotAvailable, refused.Problem);
        Assert.Equal(before, h.Fake.Requests.Count);
    }

    private static async Task<Mention> FetchOneAsync(MastodonHarness h, MastodonStatusFixture status)
    {
        h.Fake.AddMention(1, status);
        return Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);
    }
}
