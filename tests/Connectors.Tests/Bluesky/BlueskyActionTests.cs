using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Bluesky;

namespace SomeTeams.Connectors.Tests.Bluesky;

public sealed class BlueskyActionTests
{
    private const string Root = "at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwroot000002";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_CreatesPostRecordWithRootAndParentStrongRefsAndMentionFacet()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var post = BlueskyHarness.Post(1) with { Rkey = "3lxabc2defg2k", ParentUri = "at://did:plc:acmebrand0000000000000/app.bsky.feed.post/3lwmiddle0001" };
        var target = await FetchOneAsync(h, post);

        var outcome = await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "sorry Dana! Tracking is on its way by email.", "k1"), Ct);

        var done = Assert.IsType<ActionOutcome.Done>(outcome);
        var uri = done.ExternalId ?? string.Empty;
        Assert.StartsWith("at://did:plc:acmebrand0000000000000/app.bsky.feed.post/", uri, StringComparison.Ordinal);
        Assert.Equal($"https://bsky.app/profile/acme.example.com/post/{uri[(uri.LastIndexOf('/') + 1)..]}", done.Permalink?.ToString());
        var create = h.Fake.Requests.Single(r => r.Path == "/xrpc/com.atproto.repo.createRecord");
        Assert.Equal("POST", create.Method);
        Assert.Equal($"Bearer {h.Fake.AccessJwt}", create.Header("Authorization"));
        var expected = JsonNode.Parse($$"""
            {
              "repo": "did:plc:acmebrand0000000000000",
              "collection": "app.bsky.feed.post",
              "record": {
                "$type": "app.bsky.feed.post",
                "text": "@danak.bsky.social sorry Dana! Tracking is on its way by email.",
                "createdAt": "2026-08-20T10:05:00.000Z",
                "langs": ["en"],
                "facets": [{ "index": { "byteStart": 0, "byteEnd": 18 }, "features": [{ "$type": "app.bsky.richtext.facet#mention", "did": "did:plc:danak0000000000000000000" }] }],
                "reply": {
                  "root": { "uri": "{{Root}}", "cid": "{{BlueskyPostFixture.CidOf(Root)}}" },
                  "parent": { "uri": "{{post.Uri}}", "cid": "{{post.Cid}}" }
                }
              }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(create.Body)), create.Body);
        Assert.Equal([post.Uri], h.Fake.Requests.Single(r => r.Path == "/xrpc/app.bsky.feed.getPosts").QueryValues("uris"));
    }

    [Fact]
    public async Task Reply_ToTopLevelPostWithMentionInsideText_RootIsTheParentAndFacetCountsUtf8Bytes()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var post = BlueskyHarness.Post(2, "mention") with { RootUri = null, ParentUri = null };
        var target = await FetchOneAsync(h, post);

        await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "Hyvää päivää @danak.bsky.social, katsotaan!", "k"), Ct);

        var record = JsonNode.Parse(h.Fake.Requests.Single(r => r.Path == "/xrpc/com.atproto.repo.createRecord").Body)!["record"]!;
        Assert.Equal("Hyvää päivää @danak.bsky.social, katsotaan!", (string?)record["text"]);
        Assert.Equal(post.Uri, (string?)record["reply"]!["root"]!["uri"]);
        Assert.Equal(post.Uri, (string?)record["reply"]!["parent"]!["uri"]);
        Assert.Equal(18, (int)record["facets"]![0]!["index"]!["byteStart"]!);
        Assert.Equal(36, (int)record["facets"]![0]!["index"]!["byteEnd"]!);
    }

    [Fact]
    public async Task Reply_ToDeletedPost_FailsAsNotFoundWithoutWriting()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(3));
        h.Fake.RemovePost(target.ExternalId);

        var outcome = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, "hi", "k"), Ct));

        Assert.IsType<ConnectorError.NotFound>(outcome.Error);
        Assert.Equal(0, h.Calls("com.atproto.repo.createRecord"));
    }

    [Fact]
    public async Task Like_CreatesLikeRecordWithStrongRef()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var post = BlueskyHarness.Post(4);
        var target = await FetchOneAsync(h, post);

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Like, target, null, "k"), Ct));

        var like = h.Fake.Records.Single(r => r.Key.StartsWith("app.bsky.feed.like/", StringComparison.Ordinal)).Value;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"$type":"app.bsky.feed.like","subject":{"uri":"{{post.Uri}}","cid":"{{post.Cid}}"},"createdAt":"2026-08-20T10:05:00.000Z"}"""), like));
    }

    [Fact]
    public async Task Block_CreatesBlockRecordForTheAuthorDid()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(5));

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Block, target, null, "k"), Ct));

        var block = h.Fake.Records.Single(r => r.Key.StartsWith("app.bsky.graph.block/", StringComparison.Ordinal)).Value;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"$type":"app.bsky.graph.block","subject":"did:plc:danak0000000000000000000","createdAt":"2026-08-20T10:05:00.000Z"}"""), block));
    }

    [Fact]
    public async Task Hide_InOwnThread_PutsThreadgateKeepingEarlierHiddenReplies()
    {
        await using var h = await BlueskyHarness.StartAsync();
        h.Fake.Add(BlueskyHarness.Post(6));
        h.Fake.Add(BlueskyHarness.Post(7));
        var mentions = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions;

        foreach (var target in mentions)
        {
            Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Hide, target, null, "k"), Ct));
        }

        var put = h.Fake.Requests.Last(r => r.Path == "/xrpc/com.atproto.repo.putRecord");
        var body = JsonNode.Parse(put.Body)!;
        Assert.Equal("app.bsky.feed.threadgate", (string?)body["collection"]);
        Assert.Equal("3lwroot000002", (string?)body["rkey"]);
        Assert.Equal(Root, (string?)body["record"]!["post"]);
        Assert.Equal(mentions.Select(m => m.ExternalId), body["record"]!["hiddenReplies"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task Hide_InSomeoneElsesThread_IsRefusedWithoutWriting()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(8) with { RootUri = "at://did:plc:other/app.bsky.feed.post/1", ParentUri = "at://did:plc:other/app.bsky.feed.post/1" });

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.Hide, target, null, "k"), Ct));

        Assert.Contains("threads it started", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(ActionProblem.HideOnlyInOwnThreads, refused.Problem);
        Assert.Equal(0, h.Calls("com.atproto.repo.putRecord"));
    }

    [Fact]
    public async Task ReplyPrivate_SendsChatMessageThroughTheChatProxy()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(9));

        var done = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPrivate, target, "Voisitko lähettää asiakasnumerosi?", "k"), Ct));

        Assert.StartsWith("msg-", done.ExternalId, StringComparison.Ordinal);
        var send = h.Fake.Requests.Single(r => r.Path == "/xrpc/chat.bsky.convo.sendMessage");
        Assert.Equal("did:web:api.bsky.chat#bsky_chat", send.Header("atproto-proxy"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"convoId":"convo-did:plc:danak0000000000000000000","message":{"text":"Voisitko lähettää asiakasnumerosi?"}}"""), JsonNode.Parse(send.Body)));
    }

    [Theory]
    [InlineData(SocialActionKind.Delete)]
    [InlineData(SocialActionKind.Unhide)]
    public async Task Unsupported_IsRefusedBeforeAnyCall(SocialActionKind kind)
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(10));
        var before = h.Fake.Requests.Count;

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(h.Account, new SocialAction(kind, target, null, "k"), Ct));

        Assert.Contains("Bluesky", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(kind == SocialActionKind.Delete ? ActionProblem.DeleteOnlyOwn : ActionProblem.UnhideOnNetwork, refused.Problem);
        Assert.Equal(before, h.Fake.Requests.Count);
    }

    [Fact]
    public async Task Reply_LongerThan300Graphemes_IsRefusedBeforeAnyCall()
    {
        await using var h = await BlueskyHarness.StartAsync();
        var target = await FetchOneAsync(h, BlueskyHarness.Post(11));
        var before = h.Fake.Requests.Count;

        Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(h.Account, new SocialAction(SocialActionKind.ReplyPublic, target, new string('x', 290), "k"), Ct));

        Assert.Equal(before, h.Fake.Requests.Count);
    }

    private static async Task<Mention> FetchOneAsync(BlueskyHarness h, BlueskyPostFixture post)
    {
        h.Fake.Add(post);
        return Assert.Single(Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(h.Account, null, Ct)).Mentions);
    }
}
