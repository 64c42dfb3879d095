using SomeTeams.TestKit.Fakes.Mastodon;

namespace SomeTeams.Connectors.Tests.Mastodon;

public sealed class MastodonFetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_FirstFetch_ReturnsMentionsOldestFirstWithNewestNotificationAsCursor()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddMention(101, MastodonHarness.Status(9001));
        h.Fake.AddMention(102, MastodonHarness.Status(9002));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));

        Assert.Equal(["9001", "9002"], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal("102", result.NextCursor);
        var first = h.Fake.Requests.Single(r => r.Path == "/api/v1/notifications" && r.Query.Contains("min_id", StringComparison.Ordinal) is false);
        Assert.Equal(["mention"], first.QueryValues("types[]"));
        Assert.Equal(["80"], first.QueryValues("limit"));
    }

    [Fact]
    public async Task Fetch_MoreThanOnePageAfterCursor_PagesForwardToTheEnd()
    {
        await using var h = await MastodonHarness.StartAsync();
        for (long i = 1; i <= 200; i++)
        {
            h.Fake.AddMention(1000 + i, MastodonHarness.Status(50_000 + i));
        }

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, "1000", Ct));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (50_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), result.Mentions.Select(m => m.ExternalId));
        Assert.Equal("1200", result.NextCursor);
        var minIds = h.Fake.Requests.Where(r => r.Path == "/api/v1/notifications").Select(r => r.QueryValues("min_id").Single());
        Assert.Equal(["1000", "1080", "1160", "1200"], minIds);
    }

    [Fact]
    public async Task Fetch_ResumedFromCursor_GivesOnlyNewItemsWithoutGapsOrDuplicates()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddMention(201, MastodonHarness.Status(7001));
        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct));
        h.Fake.AddMention(202, MastodonHarness.Status(7002));
        h.Fake.AddMention(203, MastodonHarness.Status(7003));

        var second = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, first.NextCursor, Ct));
        var third = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, second.NextCursor, Ct));

        Assert.Equal(["7002", "7003"], second.Mentions.Select(m => m.ExternalId));
        Assert.Empty(third.Mentions);
        Assert.Equal("203", third.NextCursor);
    }

    [Fact]
    public async Task Fetch_RateLimited_BacksOffUntilTheIsoResetTime()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.RateLimitRemaining = 1;
        h.Fake.RateLimitReset = h.Time.GetUtcNow().AddMinutes(4).AddSeconds(30);

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, "5", Ct));

        var limited = Assert.IsType<ConnectorError.RateLimited>(result.Error);
        Assert.Equal(TimeSpan.FromSeconds(270), limited.RetryAfter);
    }

    [Fact]
    public async Task Fetch_RevokedToken_IsAnAuthErrorForTheAdmin()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.TokenRevoked = true;

        var result = Assert.IsType<FetchResult.Failed>(await h.Connector.FetchAsync(h.Account, null, Ct));

        var error = Assert.IsType<ConnectorError.AuthExpired>(result.Error);
        Assert.Contains("The access token is invalid", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeMastodon.Token, h.Logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_MalformedAndPartialItems_AreSkippedWithReasonAndNothingElseLost()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddMention(301, MastodonHarness.Status(8001));
        h.Fake.AddRaw(302, """{"id":"302","type":"mention","created_at":"2026-08-20T07:49:02.064Z","account":{"id":"1"}}""");
        h.Fake.AddRaw(303, """{"id":"303","type":"mention","status":{"id":42,"content":[]}}""");
        h.Fake.AddMention(304, MastodonHarness.Status(8004));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, "300", Ct));

        Assert.Equal(["8001", "8004"], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal([("302", "mention without status"), ("303", "unreadable notification")], result.Skipped.Select(s => (s.ExternalId, s.Reason)).Order());
        Assert.Equal("304", result.NextCursor);
        Assert.Equal(2, h.Logger.Entries.Count(e => e.EventId == 5101));
        Assert.DoesNotContain("zsc", h.Logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("logs me out", h.Logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_OurOwnStatusComingBack_IsNotAMention()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddMention(401, MastodonHarness.Status(6001) with { AccountId = FakeMastodon.BrandAccountId, Acct = "acme" });
        h.Fake.AddMention(402, MastodonHarness.Status(6002));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, "400", Ct));

        Assert.Equal(["6002"], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal("402", result.NextCursor);
    }
}
