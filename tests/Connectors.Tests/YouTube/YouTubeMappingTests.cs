using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.YouTube;

namespace SomeTeams.Connectors.Tests.YouTube;

public sealed class YouTubeMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_FixtureThread_FillsEveryCommonFieldForCommentAndReply()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var top = new YouTubeCommentFixture("UgzDE2tasfmrYLyNkGt4AaABAg", new DateTimeOffset(2026, 8, 20, 9, 12, 0, TimeSpan.Zero));
        var reply = new YouTubeCommentFixture("UgzDE2tasfmrYLyNkGt4AaABAg.9xYzAbCdEfG9xYzAbCdEfH", new DateTimeOffset(2026, 8, 20, 9, 20, 0, TimeSpan.Zero), "same here &amp; more", "@lee_writes", "UClee000000000000000000", top.Id);
        h.Fake.AddThread(top.Thread(reply));

        var mentions = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions;

        var comment = mentions[0];
        Assert.Equal(Network.YouTube, comment.Network);
        Assert.Equal("acme-youtube", comment.AccountId);
        Assert.Equal("UgzDE2tasfmrYLyNkGt4AaABAg", comment.ExternalId);
        Assert.Equal(MentionKind.Comment, comment.Kind);
        Assert.Equal("UgzDE2tasfmrYLyNkGt4AaABAg", comment.ThreadId);
        Assert.Null(comment.InReplyToId);
        Assert.Equal(new Author("UCdanak000000000000000000", "@danak", "danak", new Uri("http://www.youtube.com/@danak")), comment.Author);
        Assert.Equal("The setup step at 2:10 doesn't work on v4.2", comment.Text);
        Assert.Null(comment.Language);
        Assert.Equal(top.PublishedAt, comment.CreatedAt);
        Assert.Equal(new Uri("https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzDE2tasfmrYLyNkGt4AaABAg"), comment.Permalink);
        Assert.False(comment.IsPrivate);

        var answer = mentions[1];
        Assert.Equal(MentionKind.Reply, answer.Kind);
        Assert.Equal("UgzDE2tasfmrYLyNkGt4AaABAg", answer.ThreadId);
        Assert.Equal("UgzDE2tasfmrYLyNkGt4AaABAg", answer.InReplyToId);
        Assert.Equal("@lee_writes", answer.Author.Handle);
        Assert.Equal("same here & more", answer.Text);
    }
}
