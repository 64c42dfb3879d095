using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Bluesky;

public sealed class BlueskyMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_FixtureReply_FillsEveryCommonField()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var post = BlueskyHarness.Post(7) with { Rkey = "3lxabc2defg2k" };
        h.Fake.Add(post);

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);

        Assert.Equal(Network.Bluesky, mention.Network);
        Assert.Equal("acme-bluesky", mention.AccountId);
        Assert.Equal("at://did:plc:danak0000000000000000000/app.bsky.feed.post/3lxabc2defg2k", mention.ExternalId);
        Assert.Equal(MentionKind.Reply, mention.Kind);
        Assert.Equal("at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwroot000002", mention.ThreadId);
        Assert.Equal("at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwroot000002", mention.InReplyToId);
        Assert.Equal(new Author("did:plc:danak0000000000000000000", "danak.bsky.social", "Dana K", new Uri("https://bsky.app/profile/danak.bsky.social")), mention.Author);
        Assert.Equal("still no tracking number for order 4411", mention.Text);
        Assert.Equal("en", mention.Language);
        Assert.Equal(post.IndexedAt.AddSeconds(-2), mention.CreatedAt);
        Assert.Equal(new Uri("https://bsky.app/profile/danak.bsky.social/post/3lxabc2defg2k"), mention.Permalink);
        Assert.False(mention.IsPrivate);
    }

    [Fact]
    public async Task Map_TopLevelMentionWithoutNameOrLanguage_IsItsOwnThread()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var post = BlueskyHarness.Post(8, "mention") with { RootUri = null, ParentUri = null, DisplayName = null, Lang = null };
        h.Fake.Add(post);

        var mention = Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);

        Assert.Equal(MentionKind.Post, mention.Kind);
        Assert.Equal(post.Uri, mention.ThreadId);
        Assert.Null(mention.InReplyToId);
        Assert.Equal("danak.bsky.social", mention.Author.DisplayName);
        Assert.Null(mention.Language);
    }
}
