using System.Text.Json.Nodes;
using SomeTeams.TestKit.Fakes.YouTube;

namespace SomeTeams.Connectors.Tests.YouTube;

public sealed class YouTubeFetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_FirstFetch_ReadsTopLevelCommentsAndRepliesOldestFirst()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var first = YouTubeHarness.Comment(1);
        h.Fake.AddThread(first.Thread(YouTubeHarness.Reply(first, 30)));
        h.Fake.AddThread(YouTubeHarness.Comment(2).Thread());

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([first.Id, YouTubeHarness.Reply(first, 30).Id, YouTubeHarness.Comment(2).Id], result.Mentions.Select(m => m.ExternalId));
        var list = Assert.Single(h.ApiCalls("commentThreads"));
        Assert.Equal("?part=snippet,replies&allThreadsRelatedToChannelId=UCacmeBrandChannel000000&maxResults=100&order=time&textFormat=plainText", list.Query);
        Assert.Equal($"Bearer {h.Fake.AccessToken}", list.Header("Authorization"));
        Assert.Equal(2, result.Calls);
    }

    [Fact]
    public async Task Fetch_ManyNewThreads_PagesUntilTheFirstSeenThread()
    {
        await using var h = await YouTubeHarness.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            h.Fake.AddThread(YouTubeHarness.Comment(i).Thread());
        }

        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));
        for (var i = 4; i <= 253; i++)
        {
            h.Fake.AddThread(YouTubeHarness.Comment(i).Thread());
        }

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, first.NextCursor, Ct));

        Assert.Equal(Enumerable.Range(4, 250).Select(i => YouTubeHarness.Comment(i).Id), result.Mentions.Select(m => m.ExternalId));
        Assert.Equal(["P100", "P200"], h.ApiCalls("commentThreads").SelectMany(r => r.QueryValues("pageToken")));
    }

    [Fact]
    public async Task Fetch_ResumedAfterNewReplyOnSeenThread_GivesOnlyTheNewItems()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var old = YouTubeHarness.Comment(1);
        h.Fake.AddThread(old.Thread());
        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));
        h.Fake.AddThread(old.Thread(YouTubeHarness.Reply(old, 500)));
        h.Fake.AddThread(YouTubeHarness.Comment(5).Thread());

        var second = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, first.NextCursor, Ct));
        var third = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, second.NextCursor, Ct));

        Assert.Equal([YouTubeHarness.Comment(5).Id, YouTubeHarness.Reply(old, 500).Id], second.Mentions.Select(m => m.ExternalId));
        Assert.Empty(third.Mentions);
    }

    [Fact]
    public async Task Fetch_LocalQuotaDownToTheReplyReserve_StopsBeforeCallingUntilPacificMidnight()
    {
        await using var h = await YouTubeHarness.StartAsync(new Dictionary<string, string> { ["DailyQuota"] = "552", ["ReplyReserve"] = "550" });
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var target = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions[0];
        await h.Connector.FetchAsync(h.Account, null, Ct);

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));
        var reply = await h.Connector.PerformAsync(h.Account, new SocialAction(SomeTeams.Core.Mentions.SocialActionKind.ReplyPublic, target, "Kiitos!", "k"), Ct);
        h.Time.Advance(TimeSpan.FromHours(21));
        var nextDay = await h.Connector.FetchAsync(h.Account, null, Ct);

        var quota = Assert.IsType<ConnectorError.QuotaExhausted>(result.Error);
        Assert.Equal(new DateTimeOffset(2026, 8, 21, 7, 0, 0, TimeSpan.Zero), quota.ResetsAt);
        Assert.IsType<ActionOutcome.Done>(reply);
        Assert.IsType<FetchResult.Fetched>(nextDay);
        Assert.Equal(3, h.ApiCalls("commentThreads").Count);
    }

    [Fact]
    public async Task Fetch_ApiSaysQuotaExceeded_IsQuotaExhaustedAndNoMoreCallsToday()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.QuotaRemaining = 0;

        var first = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));
        var second = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.IsType<ConnectorError.QuotaExhausted>(first.Error);
        Assert.IsType<ConnectorError.QuotaExhausted>(second.Error);
        Assert.Single(h.ApiCalls("commentThreads"));
    }

    [Fact]
    public async Task Fetch_RateLimited_BacksOffForRetryAfter()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.RateLimitOnce = TimeSpan.FromSeconds(45);

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal(TimeSpan.FromSeconds(45), Assert.IsType<ConnectorError.RateLimited>(result.Error).RetryAfter);
    }

    [Fact]
    public async Task Fetch_AccessTokenExpired_RefreshesAndRetriesOnce()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        await h.Connector.FetchAsync(h.Account, null, Ct);
        h.Fake.ExpireAccessToken();

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Single(result.Mentions);
        Assert.Equal(2, h.Fake.Requests.Count(r => r.Path == "/token"));
        var form = h.Fake.Requests.First(r => r.Path == "/token").Body;
        Assert.Contains("grant_type=refresh_token", form, StringComparison.Ordinal);
        Assert.Contains("client_id=acme-client.apps.googleusercontent.com", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefreshTokenRevoked_IsAnAuthErrorForTheAdmin()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.RefreshTokenRevoked = true;

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Contains("invalid_grant", Assert.IsType<ConnectorError.AuthExpired>(result.Error).Reason, StringComparison.Ordinal);
        Assert.Empty(h.ApiCalls("commentThreads"));
        Assert.DoesNotContain("GOCSPX", h.Logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_MalformedAndPartialItems_AreSkippedWithReasonAndNothingElseLost()
    {
        await using var h = await YouTubeHarness.StartAsync();
        h.Fake.AddThread(YouTubeHarness.Comment(1).Thread());
        var noTop = YouTubeHarness.Comment(2).Thread();
        noTop["snippet"]!.AsObject().Remove("topLevelComment");
        h.Fake.AddThread(noTop);
        var noAuthor = YouTubeHarness.Comment(3).Thread();
        noAuthor["snippet"]!["topLevelComment"]!["snippet"]!.AsObject().Remove("authorChannelId");
        h.Fake.AddThread(noAuthor);
        h.Fake.AddThread(new JsonObject { ["id"] = "broken", ["snippet"] = "not an object" });
        h.Fake.AddThread(YouTubeHarness.Comment(4).Thread());

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([YouTubeHarness.Comment(1).Id, YouTubeHarness.Comment(4).Id], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal(
            [("broken", "unreadable comment thread"), (YouTubeHarness.Comment(2).Id, "thread without id or top-level comment"), (YouTubeHarness.Comment(3).Id, "comment without author channel")],
            result.Skipped.Select(s => (s.ExternalId!, s.Reason)).Order());
    }

    [Fact]
    public async Task Fetch_OurOwnReplyComingBack_IsNotAMention()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var top = YouTubeHarness.Comment(1);
        h.Fake.AddThread(top.Thread(YouTubeHarness.Reply(top, 9) with { AuthorChannelId = FakeYouTube.ChannelId, Handle = "@AcmeBrand" }));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([top.Id], result.Mentions.Select(m => m.ExternalId));
    }
}
