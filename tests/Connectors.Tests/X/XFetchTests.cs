using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.X;

namespace SomeTeams.Connectors.Tests.X;

public sealed class XFetchTests
{
    [Fact]
    public async Task Fetch_FirstFetch_MapsTheFixtureMentionsOldestFirst()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.Mentions.AddRange([XFixtures.DanaMention(), XFixtures.LeeReply()]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));

        Assert.Equal(["1960000000000000001", "1960000000000000002"], fetched.Mentions.Select(m => m.ExternalId));
        var lee = fetched.Mentions[0];
        Assert.Equal(
            new Mention(Network.X, "x-acme", "1960000000000000001", MentionKind.Reply, "1959999999999999990", "1959999999999999990",
                new Author("3333333333", "lee_writes", "Lee", new Uri("https://x.com/lee_writes")),
                "@AcmeSupport thanks, that fixed it!", new DateTimeOffset(2026, 8, 20, 9, 1, 44, TimeSpan.Zero), IsPrivate: false,
                Language: "en", Permalink: new Uri("https://x.com/lee_writes/status/1960000000000000001")),
            lee);
        var dana = fetched.Mentions[1];
        Assert.Equal((MentionKind.Post, "1960000000000000002", null), (dana.Kind, dana.ThreadId, dana.InReplyToId));
        Assert.Equal(("danak", "Dana K"), (dana.Author.Handle, dana.Author.DisplayName));
        Assert.Equal("m=1960000000000000002", fetched.NextCursor);
        Assert.Equal(1, fetched.Calls);

        var request = Assert.Single(x.Fake.Received);
        Assert.Equal(("GET", "/2/users/1600000000000000001/mentions"), (request.Method, request.Path));
        Assert.Equal("Bearer user-token-1", request.Header("Authorization"));
        Assert.Equal("100", request.QueryValue("max_results"));
        Assert.Contains("conversation_id", request.QueryValue("tweet.fields"), StringComparison.Ordinal);
        Assert.Equal("author_id,referenced_tweets.id", request.QueryValue("expansions"));
        Assert.Null(request.QueryValue("since_id"));
    }

    [Fact]
    public async Task Fetch_SeveralPages_DrainsToTheEndBeforeOfferingTheCursor()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.PageSize = 2;
        x.Fake.Mentions.AddRange(Enumerable.Range(1, 5).Select(i => XFixtures.Post($"197000000000000000{i}", i)));

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));

        Assert.Equal(5, fetched.Mentions.Count);
        Assert.Equal(3, fetched.Calls);
        Assert.Equal("m=1970000000000000005", fetched.NextCursor);
        Assert.Equal([null, "Mg==", "NA=="], x.Fake.Received.Select(r => r.QueryValue("pagination_token")));
    }

    [Fact]
    public async Task Fetch_FromStoredCursor_ReturnsOnlyNewerItemsWithoutDuplicatesOrGaps()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.PageSize = 2;
        x.Fake.Mentions.AddRange([XFixtures.Post("1970000000000000001", 1), XFixtures.Post("1970000000000000002", 2)]);
        var first = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));
        x.Fake.Mentions.AddRange(Enumerable.Range(3, 3).Select(i => XFixtures.Post($"197000000000000000{i}", i)));

        var second = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account(), first.NextCursor));
        var third = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account(), second.NextCursor));

        Assert.Equal(["1970000000000000003", "1970000000000000004", "1970000000000000005"], second.Mentions.Select(m => m.ExternalId));
        Assert.Equal("m=1970000000000000005", second.NextCursor);
        Assert.Empty(third.Mentions);
        Assert.Null(third.NextCursor);
        Assert.All(x.Fake.Received.Skip(1), r => Assert.NotNull(r.QueryValue("since_id")));
    }

    [Fact]
    public async Task Fetch_RateLimited_BacksOffUntilTheResetHeader()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.Remaining = 0;
        x.Fake.ResetAt = XHarness.Now.AddMinutes(7).AddSeconds(30);

        var failed = Assert.IsType<FetchResult.Failed>(await x.FetchAsync(x.Account(), "m=1960000000000000002"));

        var limited = Assert.IsType<ConnectorError.RateLimited>(failed.Error);
        Assert.Equal(TimeSpan.FromSeconds(450), limited.RetryAfter);
        Assert.Equal(1, failed.Calls);
    }

    [Fact]
    public async Task Fetch_UsageCapped_IsAQuotaThatWaitingForTheWindowDoesNotClear()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.UsageCapped = true;

        var failed = Assert.IsType<FetchResult.Failed>(await x.FetchAsync(x.Account()));

        Assert.IsType<ConnectorError.QuotaExhausted>(failed.Error);
    }

    [Fact]
    public async Task Fetch_RevokedAccessToken_RefreshesOnceSavesTheRotatedPairAndRetries()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.ValidAccessTokens.Clear();
        x.Fake.ValidAccessTokens["user-token-2"] = true;
        x.Fake.Mentions.Add(XFixtures.DanaMention());

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));

        Assert.Single(fetched.Mentions);
        Assert.Equal(3, fetched.Calls);
        var saved = x.Tokens.For("x-acme");
        Assert.NotNull(saved);
        Assert.Equal(x.Fake.ValidRefreshToken, saved.RefreshToken);
        Assert.Equal(XHarness.Now.AddHours(2), saved.ExpiresAt);
        var token = x.Fake.Received[1];
        Assert.Equal(("POST", "/2/oauth2/token"), (token.Method, token.Path));
        Assert.Equal("grant_type=refresh_token&refresh_token=refresh-1", token.Body);
        Assert.Equal("Basic Y2xpZW50LTE6Y2xpZW50LXNlY3JldC0x", token.Header("Authorization"));
        Assert.Equal($"Bearer {saved.AccessToken}", x.Fake.Received[2].Header("Authorization"));
        Assert.DoesNotContain(x.Logs.Lines, l => l.Contains("token-", StringComparison.Ordinal) || l.Contains("refresh-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_ExpiredTokenAndRefusedRefresh_IsAnAuthErrorForTheAdmin()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.ValidAccessTokens.Clear();
        x.Fake.ValidRefreshToken = "refresh-rotated-elsewhere";

        var failed = Assert.IsType<FetchResult.Failed>(await x.FetchAsync(x.Account()));

        var auth = Assert.IsType<ConnectorError.AuthExpired>(failed.Error);
        Assert.Contains("reconnect", auth.Reason, StringComparison.Ordinal);
        Assert.Null(x.Tokens.For("x-acme"));
    }

    [Fact]
    public async Task Fetch_MalformedItems_AreSkippedWithAReasonAndNothingElseIsLost()
    {
        await using var x = await XHarness.StartAsync();
        var badDate = XFixtures.Post("1970000000000000003", 3);
        badDate["created_at"] = "yesterday";
        var badType = XFixtures.Post("1970000000000000004", 4);
        badType["text"] = 42;
        x.Fake.Mentions.AddRange([XFixtures.DanaMention(), badDate, badType, XFixtures.Post("1970000000000000005", 5)]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account()));

        Assert.Equal(["1960000000000000002", "1970000000000000005"], fetched.Mentions.Select(m => m.ExternalId));
        Assert.Equal(["1970000000000000004", "1970000000000000003"], fetched.Skipped.Select(s => s.ExternalId));
        Assert.Equal("m=1970000000000000005", fetched.NextCursor);
        Assert.Contains(x.Logs.Lines, l => l.Contains("1970000000000000003", StringComparison.Ordinal) && l.Contains("created_at", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Logs.Lines, l => l.Contains("hello again", StringComparison.Ordinal) || l.Contains("danak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_SearchListening_DedupesWithMentionsAndDropsTheBrandsOwnPosts()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.Mentions.Add(XFixtures.DanaMention());
        x.Fake.SearchHits.AddRange([XFixtures.DanaMention(), XFixtures.Post("1970000000000000007", 7, text: "acme prices are up again"),
            XFixtures.Post("1970000000000000008", 8, authorId: XFixtures.BrandUserId, text: "@danak sorry about that")]);

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account(("SearchQuery", "acme -is:retweet"))));

        Assert.Equal(["1960000000000000002", "1970000000000000007"], fetched.Mentions.Select(m => m.ExternalId));
        Assert.Equal("m=1960000000000000002;s=1970000000000000008", fetched.NextCursor);
        var search = x.Fake.Received[1];
        Assert.Equal(("/2/tweets/search/recent", "acme -is:retweet"), (search.Path, search.QueryValue("query")));
    }

    [Fact]
    public async Task Fetch_DirectMessages_ReadsNewestFirstUntilTheSeenIdAndMapsThemPrivate()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.DmEvents.Add(XFixtures.DanaDm());
        var account = x.Account(("DirectMessages", "true"));
        var first = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account));
        var newer = XFixtures.DanaDm();
        newer["id"] = "1960000000000000600";
        newer["created_at"] = "2026-08-20T09:25:00.000Z";
        var ours = XFixtures.DanaDm();
        ours["id"] = "1960000000000000601";
        ours["sender_id"] = XFixtures.BrandUserId;
        x.Fake.DmEvents.AddRange([newer, ours]);

        var second = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(account, first.NextCursor));

        var dm = Assert.Single(first.Mentions);
        Assert.Equal((MentionKind.DirectMessage, "1600000000000000001-2222222222", true, "danak"), (dm.Kind, dm.ThreadId, dm.IsPrivate, dm.Author.Handle));
        Assert.Equal("d=1960000000000000500", first.NextCursor);
        Assert.Equal(["1960000000000000600"], second.Mentions.Select(m => m.ExternalId));
        Assert.Equal("d=1960000000000000601", second.NextCursor);
    }

    [Fact]
    public async Task Fetch_SearchFloodSinceTheLastPoll_StopsAtTheCapAndSaysSo()
    {
        await using var x = await XHarness.StartAsync();
        x.Fake.PageSize = 1;
        x.Fake.SearchHits.AddRange(Enumerable.Range(10, 22).Select(i => XFixtures.Post($"19700000000000000{i}", i, text: "acme is down")));

        var fetched = Assert.IsType<FetchResult.Fetched>(await x.FetchAsync(x.Account(("SearchQuery", "acme")), "m=1960000000000000002;s=1960000000000000003"));

        Assert.Equal(20, fetched.Mentions.Count);
        Assert.Contains("older hits were not read", Assert.Single(fetched.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal("m=1960000000000000002;s=1970000000000000031", fetched.NextCursor);
        Assert.Equal(21, fetched.Calls);
    }

    [Fact]
    public async Task Fetch_DisabledAccount_MakesNoCall()
    {
        await using var x = await XHarness.StartAsync();
        var account = x.Account() with { Enabled = false };

        var failed = Assert.IsType<FetchResult.Failed>(await x.FetchAsync(account));

        Assert.Equal(0, failed.Calls);
        Assert.Empty(x.Fake.Received);
    }
}
