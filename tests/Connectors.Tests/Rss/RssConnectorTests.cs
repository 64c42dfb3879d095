using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Rss;
using SomeTeams.Connectors.Tests.Logging;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Rss;

namespace SomeTeams.Connectors.Tests.Rss;

public sealed class RssConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 8, 20, 9, 26, 15, TimeSpan.Zero);
    private readonly HttpClient http = new();
    private readonly ListLogger<RssConnector> logger = new();
    private FakeFeed fake = null!;
    private SourceAccount account = null!;
    private RssConnector connector = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        fake = await FakeFeed.StartAsync();
        account = new SourceAccount("alert-nordlink", Network.Rss, "Google Alert: Nordlink", true, new Dictionary<string, string> { ["FeedUrl"] = fake.FeedUrl.ToString() });
        connector = new RssConnector(http, new FakeTimeProvider(T0), logger);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Map_GoogleAlertEntry_IsAReadOnlyArticleFromTheRealSource()
    {
        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct)).Mentions);

        Assert.Equal(Network.Rss, mention.Network);
        Assert.Equal("alert-nordlink", mention.AccountId);
        Assert.Equal(FeedFixtures.RecallId, mention.ExternalId);
        Assert.Equal(MentionKind.Article, mention.Kind);
        Assert.Equal(FeedFixtures.RecallId, mention.ThreadId);
        Assert.Null(mention.InReplyToId);
        Assert.Equal(new Author("news.example.com", "news.example.com", "news.example.com", new Uri("https://news.example.com/")), mention.Author);
        Assert.Equal("Acme recalls batch of kettles\n\nThe Acme kettle model K2 is being recalled after ...", mention.Text);
        Assert.Null(mention.Language);
        Assert.Equal(T0, mention.CreatedAt);
        Assert.Equal(new Uri("https://news.example.com/acme-recall"), mention.Permalink);
        Assert.False(mention.IsPrivate);
    }

    [Fact]
    public async Task Map_Rss2Item_ReadsGuidRfc822DateAndChannelLanguage()
    {
        fake.Document = FeedFixtures.Rss(FeedFixtures.RssItem("uutiset-4411", "Thu, 20 Aug 2026 12:26:15 +0300", "Nordlinkin häiriö", "<p>Nordlinkin asiakkaat ilman nettiä &amp; puhelinta</p>"));

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct)).Mentions);

        Assert.Equal("uutiset-4411", mention.ExternalId);
        Assert.Equal(T0, mention.CreatedAt);
        Assert.Equal("fi", mention.Language);
        Assert.Equal("Nordlinkin häiriö\n\nNordlinkin asiakkaat ilman nettiä & puhelinta", mention.Text);
        Assert.Equal("uutiset.example.fi", mention.Author.Handle);
    }

    [Fact]
    public async Task Fetch_UnchangedFeed_IsAConditionalGetAnswered304WithNothingNew()
    {
        var first = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct));

        var second = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, first.NextCursor, Ct));

        Assert.Empty(second.Mentions);
        Assert.Null(second.NextCursor);
        var conditional = fake.Requests[^1];
        Assert.Equal(fake.ETag, conditional.Header("If-None-Match"));
        Assert.Equal("Thu, 20 Aug 2026 10:18:45 GMT", conditional.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task Fetch_ResumedAfterNewEntries_GivesOnlyNewOnesIncludingOneAtTheSameInstant()
    {
        var first = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct));
        fake.Document = FeedFixtures.Atom(FeedFixtures.AtomEntry("same-instant", T0, "Nordlink-katko Tampereella"), FeedFixtures.AtomEntry("newer", T0.AddMinutes(5), "Nordlink kiittää"));

        var second = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, first.NextCursor, Ct));
        fake.Document += " ";
        var third = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, second.NextCursor, Ct));

        Assert.Equal(["same-instant", "newer"], second.Mentions.Select(m => m.ExternalId));
        Assert.Empty(third.Mentions);
    }

    [Fact]
    public async Task Fetch_RateLimited_BacksOffForRetryAfter()
    {
        fake.RateLimitOnce = TimeSpan.FromMinutes(2);

        var result = Assert.IsType<FetchResult.Failed>(await connector.FetchAsync(account, null, Ct));

        Assert.Equal(TimeSpan.FromMinutes(2), Assert.IsType<ConnectorError.RateLimited>(result.Error).RetryAfter);
    }

    [Fact]
    public async Task Fetch_AccessWithdrawn_IsAnAuthErrorForTheAdmin()
    {
        fake.FailWith = 403;

        var result = Assert.IsType<FetchResult.Failed>(await connector.FetchAsync(account, null, Ct));

        Assert.IsType<ConnectorError.AuthExpired>(result.Error);
    }

    [Fact]
    public async Task Fetch_EntriesWithoutIdOrDate_AreSkippedWithReasonAndNothingElseLost()
    {
        fake.Document = FeedFixtures.Atom(
            "<entry><title>no id or link</title><published>2026-08-20T09:00:00Z</published></entry>",
            "<entry><id>no-date</id><title>Nordlink</title><published>yesterday-ish</published></entry>");

        var result = Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct));

        Assert.Equal([FeedFixtures.RecallId], result.Mentions.Select(m => m.ExternalId));
        Assert.Equal([(null, "entry without id, guid or link"), ("no-date", "entry without a readable date")], result.Skipped.Select(s => (s.ExternalId, s.Reason)));
        Assert.Equal(2, logger.Entries.Count(e => e.EventId == 5101));
    }

    [Theory]
    [InlineData("<html><body>Service unavailable</body>")]
    [InlineData("<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>&x;</id></entry></feed>")]
    public async Task Fetch_DocumentThatIsNoFeed_FailsWithoutMentions(string document)
    {
        fake.Document = document;

        var result = Assert.IsType<FetchResult.Failed>(await connector.FetchAsync(account, null, Ct));

        Assert.IsType<ConnectorError.Unavailable>(result.Error);
    }

    [Theory]
    [InlineData(SocialActionKind.ReplyPublic)]
    [InlineData(SocialActionKind.ReplyPrivate)]
    [InlineData(SocialActionKind.Hide)]
    [InlineData(SocialActionKind.Delete)]
    [InlineData(SocialActionKind.Block)]
    [InlineData(SocialActionKind.Like)]
    public async Task AnyAction_IsRefusedBeforeAnyCall(SocialActionKind kind)
    {
        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await connector.FetchAsync(account, null, Ct)).Mentions);

        var refused = Assert.IsType<ActionOutcome.Refused>(await connector.PerformAsync(account, new SocialAction(kind, mention, "kiitos", "k"), Ct));

        Assert.Contains("read-only", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(ActionProblem.ReadOnlySource, refused.Problem);
        Assert.Single(fake.Requests);
    }
}
