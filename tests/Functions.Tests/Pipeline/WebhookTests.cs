using System.Net;
using System.Text;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.Meta;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>The webhook receivers as the app maps them: verification, signatures, and one case for a webhook and a poll of one item.</summary>
public sealed class WebhookTests(AzuriteFixture azurite)
{
    private const string CommentBody = $$$"""
        {"object":"page","entry":[{"id":"{{{PipelineApp.PageId}}}","time":1787218272,"changes":[{"field":"feed","value":
          {"from":{"id":"7000000000000001","name":"Dana K"},"message":"Lasku on väärin, veloititte kahdesti","post_id":"{{{PipelineApp.PageId}}}_1",
           "comment_id":"1_2","parent_id":"{{{PipelineApp.PageId}}}_1","created_time":1787218272,"item":"comment","verb":"add"}}]}]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MetaVerification_RightToken_EchoesTheChallenge_WrongToken403()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);

        var right = await app.Client.GetAsync(new Uri($"/api/webhooks/meta?hub.mode=subscribe&hub.verify_token={PipelineApp.MetaVerifyToken}&hub.challenge=1158201444", UriKind.Relative), Ct);
        var wrong = await app.Client.GetAsync(new Uri("/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.OK, "1158201444"), (right.StatusCode, await right.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task MetaDelivery_BadSignature_401AndNothingQueued()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);

        var forged = await PostMetaAsync(app, CommentBody, MetaWebhookSender.Signature256(CommentBody, "not-the-secret"));
        var unsigned = await PostMetaAsync(app, CommentBody, signature: null);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (forged.StatusCode, unsigned.StatusCode));
        Assert.Equal(0, await app.Queues.Mentions.ApproximateCountAsync(Ct));
    }

    [Fact]
    public async Task WebhookThenPollOfTheSameItem_OneCase_OneCardMessage()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook);
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);

        var response = await PostMetaAsync(app, CommentBody, MetaWebhookSender.Signature256(CommentBody, PipelineApp.MetaSecret));
        var delivered = await PostMetaAsync(app, CommentBody, MetaWebhookSender.Signature256(CommentBody, PipelineApp.MetaSecret));
        network.Add(PipelineApp.Comment("1_2", thread: PipelineApp.PageId + "_1"));
        await app.PollAsync(Ct);
        var cards = await app.TriageAllAsync(Ct);
        await app.PollAsync(Ct);
        cards = [.. cards, .. await app.TriageAllAsync(Ct)];

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (response.StatusCode, delivered.StatusCode));
        var c = await app.Cases.FindByThreadAsync(new Storage.Cases.CaseThread(Network.Facebook, PipelineApp.AccountId, PipelineApp.PageId + "_1", "7000000000000001"), Ct);
        Assert.Equal("Lasku on väärin, veloititte kahdesti", c!.Mention.Text);
        Assert.Equal([c.Id.Value], cards.Select(TriageMentionTests.CaseIdOf));
    }

    [Fact]
    public async Task XCrc_AnsweredWithTheConsumerSecret_BadSignature401()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);

        var crc = await app.Client.GetAsync(new Uri("/api/webhooks/x?crc_token=challenge_string", UriKind.Relative), Ct);
        using var content = new StringContent("""{"for_user_id":"1","tweet_create_events":[]}""", Encoding.UTF8, "application/json");
        content.Headers.Add(XWebhookSignature.HeaderName, "sha256=AAAA");
        var forged = await app.Client.PostAsync(new Uri("/api/webhooks/x", UriKind.Relative), content, Ct);

        Assert.Equal(XWebhookSignature.CrcResponse("challenge_string", PipelineApp.XSecret), await crc.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(0, await app.Queues.Mentions.ApproximateCountAsync(Ct));
    }

    [Fact]
    public async Task XDelivery_Signed_BecomesACaseWithOneCard()
    {
        const string Body = """
            {"data":{"event_uuid":"2080765813578191303","filter":{"user_id":"1600000000000000001"},"event_type":"post.mention.create","tag":"mentions",
              "payload":{"id":"2080765813578191303","text":"hey @AcmeSupport where is my refund?","author_id":"2222222222","created_at":"2026-07-24T21:23:23.000Z",
                "conversation_id":"2080765813578191303","lang":"en"},
              "includes":{"users":[{"id":"2222222222","username":"danak","name":"Dana K"}]}}}
            """;
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.X), runner: false, Ct,
            settings: new Dictionary<string, string?> { ["Connectors:Accounts:0:Settings:UserId"] = "1600000000000000001" });

        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        content.Headers.Add(XWebhookSignature.HeaderName, XWebhookSignature.Sign(Encoding.UTF8.GetBytes(Body), PipelineApp.XSecret));
        var response = await app.Client.PostAsync(new Uri("/api/webhooks/x", UriKind.Relative), content, Ct);
        var cards = await app.TriageAllAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var c = await app.Cases.FindByThreadAsync(new Storage.Cases.CaseThread(Network.X, PipelineApp.AccountId, "2080765813578191303", "2222222222"), Ct);
        Assert.Equal(("en", "2080765813578191303"), (c!.Triage.Language, c.Mention.ExternalId));
        Assert.Equal([c.Id.Value], cards.Select(TriageMentionTests.CaseIdOf));
    }

    private static async Task<HttpResponseMessage> PostMetaAsync(PipelineApp app, string body, string? signature)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        if (signature is not null)
        {
            content.Headers.Add("X-Hub-Signature-256", signature);
        }

        return await app.Client.PostAsync(new Uri("/api/webhooks/meta", UriKind.Relative), content, Ct);
    }
}
