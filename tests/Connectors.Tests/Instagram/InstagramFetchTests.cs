using SomeTeams.Connectors.Tests.Meta;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Instagram;

public sealed class InstagramFetchTests
{
    private static async Task<GraphHarness> WithFixturesAsync()
    {
        var graph = await GraphHarness.StartAsync();
        graph.Fake.Edge(InstagramFixtures.MediaKey).Add(InstagramFixtures.Media());
        graph.Fake.Edge(InstagramFixtures.CommentsKey).Add(InstagramFixtures.DanaComment());
        return graph;
    }

    [Fact]
    public async Task Fetch_FirstFetch_MapsCommentsAndDropsTheBrandsOwnReply()
    {
        await using var graph = await WithFixturesAsync();

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Instagram()));

        Assert.Equal(
            new Mention(Network.Instagram, "ig-acme", "17858154961981086", MentionKind.Comment, InstagramFixtures.MediaId, null,
                new Author("17841400000000777", "dana.k", "dana.k", new Uri("https://www.instagram.com/dana.k/")), "@acme my package arrived damaged",
                new DateTimeOffset(2026, 8, 20, 10, 56, 52, TimeSpan.Zero), IsPrivate: false, Permalink: new Uri("https://www.instagram.com/p/Cabc123/")),
            Assert.Single(fetched.Mentions));
        Assert.Equal("1787223730:17874875428706419", fetched.NextCursor);
        Assert.Equal(2, fetched.Calls);
        Assert.Equal(["/v25.0/17841400000000001/media", "/v25.0/17846368219941692/comments"], graph.Fake.Received.Select(r => r.Path));
        Assert.Contains("replies{", graph.Fake.Received[1].QueryValue("fields"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ManyCommentPages_DrainsThemAndResumesWithoutDuplicates()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.PageSize = 2;
        graph.Fake.Edge(InstagramFixtures.CommentsKey).AddRange(Enumerable.Range(1, 4).Select(i => InstagramFixtures.Comment($"1785000000000000{i}", i)));
        var account = graph.Instagram();
        var first = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(account));
        graph.Fake.Edge(InstagramFixtures.CommentsKey).Add(InstagramFixtures.Comment("17850000000000009", 180));

        var second = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(account, first.NextCursor));

        Assert.Equal(5, first.Mentions.Count);
        Assert.Equal(4, first.Calls);
        Assert.Equal(["17850000000000009"], second.Mentions.Select(m => m.ExternalId));
    }

    [Fact]
    public async Task Fetch_LongReplyThread_FollowsTheRepliesPaging()
    {
        await using var graph = await WithFixturesAsync();
        var comment = graph.Fake.Edge(InstagramFixtures.CommentsKey)[0];
        comment["replies"]!["paging"] = new System.Text.Json.Nodes.JsonObject
        {
            ["next"] = new Uri(graph.Fake.BaseAddress, "v25.0/17858154961981086/replies?limit=1&access_token=EAAtestpagetoken").ToString(),
        };
        graph.Fake.Edge("17858154961981086/replies").AddRange([InstagramFixtures.Comment("17850000000000021", 121), InstagramFixtures.Comment("17850000000000022", 122)]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Instagram()));

        Assert.Equal(["17858154961981086", "17850000000000021", "17850000000000022"], fetched.Mentions.Select(m => m.ExternalId));
        Assert.All(fetched.Mentions.Skip(1), m => Assert.Equal((MentionKind.Reply, "17858154961981086"), (m.Kind, m.InReplyToId)));
    }

    [Fact]
    public async Task Fetch_InstagramThrottle_BacksOffForTheEstimatedMinutes()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.ThrottleCode = 80002;
        graph.Fake.RegainMinutes = 30;

        var failed = Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Instagram()));

        Assert.Equal(TimeSpan.FromMinutes(30), Assert.IsType<ConnectorError.RateLimited>(failed.Error).RetryAfter);
    }

    [Fact]
    public async Task Fetch_ExpiredToken_IsAnAuthError()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.TokenExpired = true;

        Assert.IsType<ConnectorError.AuthExpired>(Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Instagram())).Error);
    }

    [Fact]
    public async Task Fetch_MalformedComment_IsSkippedAndTheOthersKept()
    {
        await using var graph = await WithFixturesAsync();
        var broken = InstagramFixtures.Comment("17850000000000005", 5);
        broken.Remove("text");
        graph.Fake.Edge(InstagramFixtures.CommentsKey).AddRange([broken, InstagramFixtures.Comment("17850000000000006", 6)]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Instagram()));

        Assert.Equal(["17850000000000006", "17858154961981086"], fetched.Mentions.Select(m => m.ExternalId));
        Assert.Equal("17850000000000005", Assert.Single(fetched.Skipped).ExternalId);
        Assert.Contains(graph.Logs.Lines, l => l.Contains("17850000000000005", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_DirectMessages_ReadInstagramConversations()
    {
        await using var graph = await WithFixturesAsync();
        var conversation = GraphFixtures.Conversation();
        conversation["messages"]!["data"]![0]!["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "17841400000000777", ["username"] = "dana.k" };
        graph.Fake.Edge(InstagramFixtures.UserId + "/conversations").Add(conversation);

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Instagram(("DirectMessages", "true"))));

        var dm = Assert.Single(fetched.Mentions, m => m.Kind == MentionKind.DirectMessage);
        Assert.Equal(("17841400000000777", "dana.k", true), (dm.ThreadId, dm.Author.Handle, dm.IsPrivate));
        Assert.Equal("instagram", graph.Fake.Received[^1].QueryValue("platform"));
    }

    [Fact]
    public async Task Mentions_CommentMentionFromAWebhook_IsFetchedAndMapped()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.MentionLookups["17967008497439572"] = InstagramFixtures.MentionedComment();

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.Mentions.FetchAsync(graph.Instagram(),
            new WebhookLookup(Network.Instagram, "ig-acme", "17967008497439572", "17918195224117851"), TestContext.Current.CancellationToken));

        Assert.Equal(
            new Mention(Network.Instagram, "ig-acme", "17967008497439572", MentionKind.Comment, "mentioned:17918195224117851", null,
                new Author("lee.writes", "lee.writes", "lee.writes", new Uri("https://www.instagram.com/lee.writes/")), "@acme is this still in stock?",
                new DateTimeOffset(2026, 8, 19, 9, 14, 16, TimeSpan.Zero), IsPrivate: false, Permalink: new Uri("https://www.instagram.com/p/Clee456/")),
            Assert.Single(fetched.Mentions));
        var request = Assert.Single(graph.Fake.Received);
        Assert.Equal("/v25.0/17841400000000001", request.Path);
        Assert.StartsWith("mentioned_comment.comment_id(17967008497439572){", request.QueryValue("fields"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentions_CaptionMention_IsAPost()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.MentionLookups["17889114512354744"] = InstagramFixtures.MentionedMedia();

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.Mentions.FetchAsync(graph.Instagram(),
            new WebhookLookup(Network.Instagram, "ig-acme", null, "17889114512354744"), TestContext.Current.CancellationToken));

        var mention = Assert.Single(fetched.Mentions);
        Assert.Equal((MentionKind.Post, "17889114512354744", "unboxing my @acme order"), (mention.Kind, mention.ExternalId, mention.Text));
    }

    [Fact]
    public async Task Mentions_LookupWithNothingReadable_IsSkippedWithAReason()
    {
        await using var graph = await GraphHarness.StartAsync();

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.Mentions.FetchAsync(graph.Instagram(),
            new WebhookLookup(Network.Instagram, "ig-acme", "1796700000000000", "1791800000000000"), TestContext.Current.CancellationToken));

        Assert.Empty(fetched.Mentions);
        Assert.Equal("1796700000000000", Assert.Single(fetched.Skipped).ExternalId);
    }
}
