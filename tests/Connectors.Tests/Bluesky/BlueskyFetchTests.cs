using System.Text.Json.Nodes;
using SomeTeams.TestKit.Fakes.Bluesky;

namespace SomeTeams.Connectors.Tests.Bluesky;

public sealed class BlueskyFetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_FirstFetch_ReadsMentionsRepliesQuotesOldestFirstAfterOneLogin()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(1, "mention"));
        h.Fake.Add(BlueskyHarness.Post(2, "like"));
        h.Fake.Add(BlueskyHarness.Post(3, "reply"));
        h.Fake.Add(BlueskyHarness.Post(4, "quote"));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([BlueskyHarness.Post(1).Uri, BlueskyHarness.Post(3).Uri, BlueskyHarness.Post(4).Uri], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal(1, h.Calls("com.atproto.server.createSession"));
        var list = h.Fake.Requests.Single(r => r.Path.EndsWith("listNotifications", StringComparison.Ordinal));
        Assert.Equal(["mention", "reply", "quote"], list.QueryValues("reasons"));
        Assert.Equal($"Bearer {h.Fake.AccessJwt}", list.Header("Authorization"));
        Assert.Equal($"2026-08-20T10:00:04.0000000Z {BlueskyHarness.Post(4).Uri}", result.NextCursor);
        Assert.Equal(2, result.Calls);
    }

    [Fact]
    public async Task Fetch_ManyNewPages_WalksBackUntilTheFirstSeenItem()
    {
        await using var h = await BlueskyHarness.StartAsync();
        for (var i = 1; i <= 5; i++)
        {
            h.Fake.Add(BlueskyHarness.Post(i));
        }

        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));
        for (var i = 6; i <= 255; i++)
        {
            h.Fake.Add(BlueskyHarness.Post(i));
        }

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, first.NextCursor, Ct));

        Assert.Equal(Enumerable.Range(6, 250).Select(i => BlueskyHarness.Post(i).Uri), result.Mentions.Select(m => m.ExternalId));
        Assert.Equal(["o:100", "o:200"], h.Fake.Requests.Where(r => r.Path.EndsWith("listNotifications", StringComparison.Ordinal)).SelectMany(r => r.QueryValues("cursor")));
    }

    [Fact]
    public async Task Fetch_ResumedWithItemsAtTheSameInstant_NoDuplicatesOrGaps()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(1));
        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));
        var sameInstant = BlueskyHarness.Post(2) with { IndexedAt = BlueskyHarness.Post(1).IndexedAt };
        h.Fake.Add(sameInstant);
        h.Fake.Add(BlueskyHarness.Post(3));

        var second = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, first.NextCursor, Ct));
        var third = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, second.NextCursor, Ct));

        Assert.Equal([sameInstant.Uri, BlueskyHarness.Post(3).Uri], second.Mentions.Select(m => m.ExternalId).Order());
        Assert.Empty(third.Mentions);
    }

    [Fact]
    public async Task Fetch_RateLimited_BacksOffUntilTheUnixReset()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.RateLimitRemaining = 1;
        h.Fake.RateLimitReset = h.Time.GetUtcNow().AddMinutes(3);

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal(TimeSpan.FromMinutes(3), Assert.IsType<ConnectorError.RateLimited>(result.Error).RetryAfter);
    }

    [Fact]
    public async Task Fetch_AccessTokenExpired_RefreshesOnceAndNeverLogsInAgain()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(1));
        await h.Connector.FetchAsync(h.Account, null, Ct);
        h.Fake.ExpireAccessToken();

        var result = Assert.IsType<FetchResult.Fetched>(await h.Restart().FetchAsync(h.Account, null, Ct));

        Assert.Single(result.Mentions);
        Assert.Equal(1, h.Calls("com.atproto.server.createSession"));
        Assert.Equal(1, h.Calls("com.atproto.server.refreshSession"));
        Assert.Equal(h.Fake.AccessJwt, (await h.Store.LoadAsync(h.Account.Id, Ct))!.AccessJwt);
        Assert.DoesNotContain("eyJ", h.Logger.AllText + h.ClientLogger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefreshDeadAndPasswordRevoked_IsAnAuthErrorAndLoginIsNotRetriedPerPoll()
    {
        await using var h = await BlueskyHarness.StartAsync();
        await h.Connector.FetchAsync(h.Account, null, Ct);
        h.Fake.ExpireAccessToken();
        h.Fake.RefreshTokenRevoked = true;
        h.Fake.Password = "changed-by-someone";

        var first = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));
        var second = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.IsType<ConnectorError.AuthExpired>(first.Error);
        Assert.IsType<ConnectorError.AuthExpired>(second.Error);
        Assert.Equal(2, h.Calls("com.atproto.server.createSession"));
    }

    [Fact]
    public async Task Fetch_LoginNeedsASignInCode_IsAnAuthErrorAndLoginIsNotRetriedPerPoll()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.RequireAuthFactor = true;

        var first = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));
        var second = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Contains("AuthFactorTokenRequired", Assert.IsType<ConnectorError.AuthExpired>(first.Error).Reason, StringComparison.Ordinal);
        Assert.IsType<ConnectorError.AuthExpired>(second.Error);
        Assert.Equal(1, h.Calls("com.atproto.server.createSession"));
    }

    [Fact]
    public async Task Fetch_MalformedAndPartialItems_AreSkippedWithReasonAndNothingElseLost()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(1));
        var noAuthor = BlueskyHarness.Post(2).Notification();
        noAuthor.Remove("author");
        h.Fake.AddRaw(noAuthor);
        var noText = BlueskyHarness.Post(3).Notification();
        noText["record"]!.AsObject().Remove("text");
        h.Fake.AddRaw(noText);
        h.Fake.AddRaw(new JsonObject { ["uri"] = "at://x/app.bsky.feed.post/bad", ["reason"] = "mention", ["indexedAt"] = 12 });
        h.Fake.Add(BlueskyHarness.Post(4));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([BlueskyHarness.Post(1).Uri, BlueskyHarness.Post(4).Uri], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal(
            [(BlueskyHarness.Post(2).Uri, "notification without author"), (BlueskyHarness.Post(3).Uri, "post without text"), ("at://x/app.bsky.feed.post/bad", "unreadable notification")],
            result.Skipped.Select(s => (s.ExternalId!, s.Reason)).Order());
        Assert.Equal(3, h.Logger.Entries.Count(e => e.EventId == 5101));
    }

    [Fact]
    public async Task Fetch_OurOwnPostComingBack_IsNotAMention()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(1) with { AuthorDid = FakeBluesky.BrandDid, Handle = FakeBluesky.BrandHandle });
        h.Fake.Add(BlueskyHarness.Post(2));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal([BlueskyHarness.Post(2).Uri], result.Mentions.Select(m => m.ExternalId));
    }
}
