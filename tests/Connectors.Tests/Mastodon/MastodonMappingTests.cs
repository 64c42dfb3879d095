using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Mastodon;

namespace SomeTeams.Connectors.Tests.Mastodon;

public sealed class MastodonMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_FixtureMention_FillsEveryCommonField()
    {
        await using var h = await MastodonHarness.StartAsync();
        var created = new DateTimeOffset(2026, 8, 20, 7, 49, 1, 940, TimeSpan.Zero);
        h.Fake.AddMention(34975861, new MastodonStatusFixture("113186126728896492", created));

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);

        Assert.Equal(Network.Mastodon, mention.Network);
        Assert.Equal("acme-mastodon", mention.AccountId);
        Assert.Equal("113186126728896492", mention.ExternalId);
        Assert.Equal(MentionKind.Post, mention.Kind);
        Assert.Equal("113186126728896492", mention.ThreadId);
        Assert.Null(mention.InReplyToId);
        Assert.Equal(new Author("971724", "zsc@fosstodon.example", "Z. S. C.", new Uri("https://fosstodon.example/@zsc")), mention.Author);
        Assert.Equal("@acme the app logs me out every hour", mention.Text);
        Assert.Equal("en", mention.Language);
        Assert.Equal(created, mention.CreatedAt);
        Assert.Equal(new Uri("https://fosstodon.example/@zsc/113186126728896492"), mention.Permalink);
        Assert.False(mention.IsPrivate);
    }

    [Fact]
    public async Task Map_ReplyDeepInThread_TakesRootFromContextAndParentAsInReplyTo()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddStatus(MastodonHarness.Status(100));
        h.Fake.AddStatus(MastodonHarness.Status(200, inReplyTo: "100"));
        h.Fake.AddMention(5, MastodonHarness.Status(300, inReplyTo: "200"));

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);

        Assert.Equal(MentionKind.Reply, mention.Kind);
        Assert.Equal("100", mention.ThreadId);
        Assert.Equal("200", mention.InReplyToId);
    }

    [Fact]
    public async Task Map_DirectMentionFromLocalUserWithHtml_IsPrivatePlainTextAndFullHandle()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddMention(7, MastodonHarness.Status(77, visibility: "direct") with
        {
            Acct = "liisa",
            DisplayName = string.Empty,
            Content = "<p>Hei &amp; kiitos!<br>Laskussa on virhe &lt;3</p><p>Toinen kappale</p>",
            Language = null,
        });

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);

        Assert.True(mention.IsPrivate);
        Assert.Equal($"liisa@{h.Fake.BaseAddress.Host}", mention.Author.Handle);
        Assert.Equal("liisa", mention.Author.DisplayName);
        Assert.Equal("Hei & kiitos!\nLaskussa on virhe <3\nToinen kappale", mention.Text);
        Assert.Null(mention.Language);
    }
}
