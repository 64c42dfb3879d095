using SomeTeams.Connectors.Tests.Meta;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Facebook;

public sealed class FacebookFetchTests
{
    private static async Task<GraphHarness> WithFixturesAsync()
    {
        var graph = await GraphHarness.StartAsync();
        graph.Fake.Edge(GraphFixtures.FeedKey).Add(GraphFixtures.PagePost());
        graph.Fake.Edge(GraphFixtures.CommentsKey).AddRange([GraphFixtures.DanaReply(), GraphFixtures.DanaComment()]);
        graph.Fake.Edge(GraphFixtures.ConversationsKey).Add(GraphFixtures.Conversation());
        return graph;
    }

    [Fact]
    public async Task Fetch_FirstFetch_MapsCommentsRepliesAndMessengerOldestFirst()
    {
        await using var graph = await WithFixturesAsync();

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook()));

        Assert.Equal(["122100000000000001_1045000000000001", "122100000000000001_1045000000000002", "m_Zx9EXAMPLEinbound0003"],
            fetched.Mentions.Select(m => m.ExternalId));
        Assert.Equal(
            new Mention(Network.Facebook, "fb-acme", "122100000000000001_1045000000000002", MentionKind.Reply, GraphFixtures.PostId,
                "122100000000000001_1045000000000001", new Author("7000000000000001", "Dana K", "Dana K"), "Acme I'm still waiting on order 4411...",
                new DateTimeOffset(2026, 8, 20, 9, 31, 12, TimeSpan.Zero), IsPrivate: false,
                Permalink: new Uri("https://www.facebook.com/104857390012345/posts/122100000000000001/?comment_id=1045000000000001&reply_comment_id=1045000000000002")),
            fetched.Mentions[1]);
        var top = fetched.Mentions[0];
        Assert.Equal((MentionKind.Comment, GraphFixtures.PostId, GraphFixtures.PostId), (top.Kind, top.ThreadId, top.InReplyToId));
        var dm = fetched.Mentions[2];
        Assert.Equal((MentionKind.DirectMessage, "7300000000000001", true, "Hi, is anyone there?"), (dm.Kind, dm.ThreadId, dm.IsPrivate, dm.Text));
        Assert.Equal("1787218800:m_Zx9EXAMPLEinbound0003", fetched.NextCursor);
        Assert.Equal(3, fetched.Calls);

        var comments = graph.Fake.Received[1];
        Assert.Equal(("GET", "/v25.0/104857390012345_122100000000000001/comments"), (comments.Method, comments.Path));
        Assert.Equal(("stream", "reverse_chronological"), (comments.QueryValue("filter"), comments.QueryValue("order")));
        Assert.Equal((GraphHarness.Now.AddHours(-24)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), comments.QueryValue("since"));
        Assert.Equal("Bearer EAAtestpagetoken", comments.Header("Authorization"));
        Assert.Equal("messenger", graph.Fake.Received[2].QueryValue("platform"));
    }

    [Fact]
    public async Task Fetch_SeveralPages_FollowsPagingNextToTheEndWithoutTheTokenInTheUrl()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.PageSize = 2;
        graph.Fake.Edge(GraphFixtures.CommentsKey).AddRange(Enumerable.Range(10, 5).Select(i => GraphFixtures.Comment($"{i:D5}", 40 + i)));

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook(("Messenger", "false"))));

        Assert.Equal(7, fetched.Mentions.Count);
        Assert.Equal(5, fetched.Calls);
        Assert.All(graph.Fake.Received, r => Assert.Null(r.QueryValue("access_token")));
        Assert.Equal([null, "Mg==", "NA==", "Ng=="], graph.Fake.Received.Where(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)).Select(r => r.QueryValue("after")));
    }

    [Fact]
    public async Task Fetch_FromStoredCursor_ReturnsOnlyNewItemsEvenWithinTheSameSecond()
    {
        await using var graph = await WithFixturesAsync();
        var account = graph.Facebook(("Messenger", "false"));
        var first = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(account));
        var sameSecond = GraphFixtures.Comment("00003", 31);
        sameSecond["created_time"] = "2026-08-20T09:31:12+0000";
        graph.Fake.Edge(GraphFixtures.CommentsKey).AddRange([sameSecond, GraphFixtures.Comment("00004", 45)]);
        graph.Fake.Edge(GraphFixtures.FeedKey)[0]["updated_time"] = GraphFixtures.Time(45);

        var second = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(account, first.NextCursor));
        var third = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(account, second.NextCursor));

        Assert.Equal("1787218272:122100000000000001_1045000000000002", first.NextCursor);
        Assert.Equal(["122100000000000001_1045000000000003", "122100000000000001_1045000000000004"], second.Mentions.Select(m => m.ExternalId));
        Assert.Empty(third.Mentions);
        Assert.Null(third.NextCursor);
        Assert.Equal("1787218272", graph.Fake.Received.First(r => r.Path.EndsWith("/comments", StringComparison.Ordinal) && r != graph.Fake.Received[1]).QueryValue("since"));
    }

    [Fact]
    public async Task Fetch_PageThrottled_BacksOffForTheMinutesMetaEstimates()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.ThrottleCode = 80001;
        graph.Fake.RegainMinutes = 12;

        var failed = Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Facebook()));

        Assert.Equal(TimeSpan.FromMinutes(12), Assert.IsType<ConnectorError.RateLimited>(failed.Error).RetryAfter);
        Assert.Equal(1, failed.Calls);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(32)]
    public async Task Fetch_PlatformThrottle_IsARateLimitNotAFailure(int code)
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.ThrottleCode = code;

        var failed = Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Facebook()));

        Assert.True(Assert.IsType<ConnectorError.RateLimited>(failed.Error).RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Fetch_ExpiredPageToken_IsAnAuthErrorTheAdminCanSee()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.TokenExpired = true;

        var failed = Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Facebook()));

        Assert.Contains("reconnect", Assert.IsType<ConnectorError.AuthExpired>(failed.Error).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Logs.Lines, l => l.Contains("EAAtest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_MalformedComment_IsSkippedWithAReasonAndTheRestKept()
    {
        await using var graph = await WithFixturesAsync();
        var broken = GraphFixtures.Comment("00007", 50);
        broken["created_time"] = "soon";
        var wrongType = GraphFixtures.Comment("00008", 51);
        wrongType["from"] = "Dana";
        graph.Fake.Edge(GraphFixtures.CommentsKey).AddRange([broken, wrongType]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook()));

        Assert.Equal(3, fetched.Mentions.Count);
        Assert.Equal(["122100000000000001_1045000000000008", "122100000000000001_1045000000000007"], fetched.Skipped.Select(s => s.ExternalId));
        Assert.Contains(graph.Logs.Lines, l => l.Contains("1045000000000007", StringComparison.Ordinal) && l.Contains("created_time", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Logs.Lines, l => l.Contains("Any news", StringComparison.Ordinal) || l.Contains("Dana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_VisitorPost_BecomesAPostMentionAndItsCommentsAreRead()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.Edge(GraphFixtures.FeedKey).Add(GraphFixtures.Parse("""
            { "id": "104857390012345_122100000000000077", "message": "Is the Espoo store open on Sunday?", "created_time": "2026-08-20T09:45:00+0000",
              "updated_time": "2026-08-20T09:45:00+0000", "from": { "name": "Lee", "id": "7000000000000009" },
              "permalink_url": "https://www.facebook.com/104857390012345/posts/122100000000000077" }
            """));

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook(("Messenger", "false"))));

        Assert.Equal(
            new Mention(Network.Facebook, "fb-acme", "104857390012345_122100000000000077", MentionKind.Post, "104857390012345_122100000000000077", null,
                new Author("7000000000000009", "Lee", "Lee"), "Is the Espoo store open on Sunday?", new DateTimeOffset(2026, 8, 20, 9, 45, 0, TimeSpan.Zero),
                IsPrivate: false, Permalink: new Uri("https://www.facebook.com/104857390012345/posts/122100000000000077")),
            Assert.Single(fetched.Mentions));
        Assert.Equal("/v25.0/104857390012345_122100000000000077/comments", graph.Fake.Received[1].Path);
    }

    [Fact]
    public async Task Fetch_BusyMessengerThread_FollowsTheMessagesPagingToTheCursor()
    {
        await using var graph = await GraphHarness.StartAsync();
        var conversation = GraphFixtures.Conversation();
        conversation["messages"]!["paging"]!["next"] = new Uri(graph.Fake.BaseAddress, "v25.0/t_10229000000000001/messages?limit=1&access_token=EAAtestpagetoken").ToString();
        graph.Fake.Edge(GraphFixtures.ConversationsKey).Add(conversation);
        graph.Fake.Edge("t_10229000000000001/messages").AddRange([
            GraphFixtures.Parse("""{ "id": "m_older2", "message": "order 4411", "created_time": "2026-08-20T09:39:00+0000", "from": { "name": "Dana K", "id": "7300000000000001" } }"""),
            GraphFixtures.Parse("""{ "id": "m_older1", "message": "hello", "created_time": "2026-08-20T09:38:00+0000", "from": { "name": "Dana K", "id": "7300000000000001" } }""")]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook()));

        Assert.Equal(["m_older1", "m_older2", "m_Zx9EXAMPLEinbound0003"], fetched.Mentions.Select(m => m.ExternalId));
        Assert.All(graph.Fake.Received, r => Assert.Null(r.QueryValue("access_token")));
    }

    [Fact]
    public async Task Fetch_ConfiguredApiVersion_IsThePathPrefix()
    {
        await using var graph = await WithFixturesAsync();

        await graph.FetchAsync(graph.Facebook(("ApiVersion", "v26.0")));

        Assert.All(graph.Fake.Received, r => Assert.StartsWith("/v26.0/", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_ThePagesOwnReplies_AreNeverMentionsButMoveTheCursor()
    {
        await using var graph = await WithFixturesAsync();
        graph.Fake.Edge(GraphFixtures.CommentsKey).Add(GraphFixtures.Comment("00099", 55, fromId: GraphFixtures.PageId, message: "Hi Dana, sorry for the wait!"));

        var fetched = Assert.IsType<FetchResult.Fetched>(await graph.FetchAsync(graph.Facebook(("Messenger", "false"))));

        Assert.DoesNotContain(fetched.Mentions, m => m.Author.ExternalId == GraphFixtures.PageId);
        Assert.Equal("1787219700:122100000000000001_1045000000000099", fetched.NextCursor);
    }
}
