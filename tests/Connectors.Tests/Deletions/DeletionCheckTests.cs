using SomeTeams.Connectors.Tests.Bluesky;
using SomeTeams.Connectors.Tests.Demo;
using SomeTeams.Connectors.Tests.Mastodon;
using SomeTeams.Connectors.Tests.YouTube;

namespace SomeTeams.Connectors.Tests.Deletions;

/// <summary>Items the author deleted are found by looking them up, so their cases can be marked.</summary>
public sealed class DeletionCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mastodon_DeletedStatus_IsReportedAndOthersAreNot()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.AddStatus(MastodonHarness.Status(1));
        h.Fake.AddStatus(MastodonHarness.Status(2));
        h.Fake.RemoveStatus("2");

        var check = Assert.IsType<DeletionCheck.Checked>(await h.Connector.FindDeletedAsync(h.Account, ["1", "2"], Ct));

        Assert.Equal(["2"], check.Deleted);
        Assert.Equal(["/api/v1/statuses/1", "/api/v1/statuses/2"], h.Fake.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Mastodon_TokenRevoked_IsAFailureNotADeletion()
    {
        await using var h = await MastodonHarness.StartAsync();
        h.Fake.TokenRevoked = true;

        var check = Assert.IsType<DeletionCheck.Failed>(await h.Connector.FindDeletedAsync(h.Account, ["1"], Ct));

        Assert.IsType<ConnectorError.AuthExpired>(check.Error);
    }

    [Fact]
    public async Task Bluesky_DeletedPosts_AreFoundInBatchesOf25()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var posts = Enumerable.Range(1, 30).Select(i => BlueskyHarness.Post(i)).ToList();
        posts.ForEach(h.Fake.AddPost);
        h.Fake.RemovePost(posts[3].Uri);
        h.Fake.RemovePost(posts[27].Uri);

        var check = Assert.IsType<DeletionCheck.Checked>(await h.Connector.FindDeletedAsync(h.Account, [.. posts.Select(p => p.Uri)], Ct));

        Assert.Equal([posts[3].Uri, posts[27].Uri], check.Deleted);
        Assert.Equal([25, 5], h.Fake.Requests.Where(r => r.Path == "/xrpc/app.bsky.feed.getPosts").Select(r => r.QueryValues("uris").Count));
    }

    [Fact]
    public async Task YouTube_DeletedCommentAndReply_AreFoundWithOneCallOfOneUnit()
    {
        await using var h = await YouTubeHarness.StartAsync();
        var kept = YouTubeHarness.Comment(1);
        var removed = YouTubeHarness.Comment(2);
        var reply = YouTubeHarness.Reply(kept, 3);
        h.Fake.AddThread(kept.Thread(reply));
        h.Fake.AddThread(removed.Thread());
        h.Fake.RemoveComment(removed.Id);
        h.Fake.RemoveComment(reply.Id);
        var before = h.Fake.QuotaRemaining;

        var check = Assert.IsType<DeletionCheck.Checked>(await h.Connector.FindDeletedAsync(h.Account, [kept.Id, removed.Id, reply.Id], Ct));

        Assert.Equal([removed.Id, reply.Id], check.Deleted);
        var call = Assert.Single(h.ApiCalls("comments"));
        Assert.Equal($"?part=id&maxResults=50&id={kept.Id},{removed.Id},{Uri.EscapeDataString(reply.Id)}", call.Query);
        Assert.Equal(before - 1, h.Fake.QuotaRemaining);
    }

    [Fact]
    public async Task Demo_ItemDeletedInTheStream_IsReported()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-x", ("Loop", "false"));
        var (results, _) = await h.PollAsync(account, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(DemoHarness.Stream.Length / 60.0 + 60));
        var deleted = results.SelectMany(r => r.DeletedExternalIds).First();
        var alive = results.SelectMany(r => r.Mentions).First(m => m.ExternalId != deleted).ExternalId;

        var check = Assert.IsType<DeletionCheck.Checked>(await h.Connector.FindDeletedAsync(account, [alive, deleted], Ct));

        Assert.Equal([deleted], check.Deleted);
    }
}
