using System.Text;
using SomeTeams.Connectors.Meta;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Meta;

public sealed class MetaWebhookPayloadTests
{
    private static readonly SourceAccount Page = new("fb-acme", Network.Facebook, "Acme", true, new Dictionary<string, string> { ["PageId"] = "104857390012345" });
    private static readonly SourceAccount Insta = new("ig-acme", Network.Instagram, "acme", true, new Dictionary<string, string> { ["UserId"] = "17841400000000001" });

    private static WebhookBatch Parse(string body) => MetaWebhookPayload.Parse(Encoding.UTF8.GetBytes(body), [Page, Insta]);

    private static string Feed(string value) =>
        $$"""{"object":"page","entry":[{"id":"104857390012345","time":1787218272,"changes":[{"field":"feed","value":{{value}}}]}]}""";

    [Fact]
    public void Parse_FeedCommentAdded_BecomesTheReplyMention()
    {
        var batch = Parse(Feed("""
            {"from":{"id":"7000000000000001","name":"Dana K"},
             "post":{"id":"104857390012345_122100000000000001","status_type":"added_photos","is_published":true,"updated_time":"2026-08-20T09:31:12+0000",
                     "permalink_url":"https://www.facebook.com/104857390012345/posts/122100000000000001","promotion_status":"inactive"},
             "message":"Acme I'm still waiting on order 4411...","post_id":"104857390012345_122100000000000001",
             "comment_id":"122100000000000001_1045000000000002","parent_id":"122100000000000001_1045000000000001",
             "created_time":1787218272,"item":"comment","verb":"add"}
            """));

        Assert.Equal(
            new Mention(Network.Facebook, "fb-acme", "122100000000000001_1045000000000002", MentionKind.Reply, "104857390012345_122100000000000001",
                "122100000000000001_1045000000000001", new Author("7000000000000001", "Dana K", "Dana K"), "Acme I'm still waiting on order 4411...",
                DateTimeOffset.FromUnixTimeSeconds(1787218272), IsPrivate: false),
            Assert.Single(batch.Mentions));
    }

    [Fact]
    public void Parse_TopLevelCommentWhoseParentIsThePost_IsAComment()
    {
        var batch = Parse(Feed("""{"from":{"id":"7000000000000001","name":"Dana K"},"message":"Shipping?","post_id":"104857390012345_1","comment_id":"1_2","parent_id":"104857390012345_1","created_time":1787218272,"item":"comment","verb":"add"}"""));

        Assert.Equal((MentionKind.Comment, "104857390012345_1"), (batch.Mentions[0].Kind, batch.Mentions[0].InReplyToId));
    }

    [Fact]
    public void Parse_FeedRemove_ReportsTheDeletionInsteadOfDroppingIt()
    {
        var batch = Parse(Feed("""{"from":{"id":"7000000000000001"},"post_id":"104857390012345_1","comment_id":"1_2","created_time":1787218300,"item":"comment","verb":"remove"}"""));

        Assert.Equal([new MentionKey(Network.Facebook, "fb-acme", "1_2")], batch.Deleted);
        Assert.Empty(batch.Mentions);
    }

    [Fact]
    public void Parse_ThePagesOwnComment_IsNotAMention()
    {
        var batch = Parse(Feed("""{"from":{"id":"104857390012345","name":"Acme"},"message":"Sorry!","post_id":"104857390012345_1","comment_id":"1_3","parent_id":"1_2","created_time":1787218300,"item":"comment","verb":"add"}"""));

        Assert.Empty(batch.Mentions);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public void Parse_MessengerMessage_BecomesAPrivateMessageAndEchoesAreDropped()
    {
        var batch = Parse("""
            {"object":"page","entry":[{"id":"104857390012345","time":1787218800123,"messaging":[
              {"sender":{"id":"7300000000000001"},"recipient":{"id":"104857390012345"},"timestamp":1787218799876,"message":{"mid":"m_Zx9EXAMPLEinbound0003","text":"Hi, is anyone there?"}},
              {"sender":{"id":"104857390012345"},"recipient":{"id":"7300000000000001"},"timestamp":1787218800000,"message":{"mid":"m_echo","text":"Hello!","is_echo":true}},
              {"sender":{"id":"7300000000000001"},"recipient":{"id":"104857390012345"},"timestamp":1787218800500,"read":{"watermark":1787218800000}}]}]}
            """);

        Assert.Equal(
            new Mention(Network.Facebook, "fb-acme", "m_Zx9EXAMPLEinbound0003", MentionKind.DirectMessage, "7300000000000001", null,
                new Author("7300000000000001", "", ""), "Hi, is anyone there?", DateTimeOffset.FromUnixTimeMilliseconds(1787218799876), IsPrivate: true),
            Assert.Single(batch.Mentions));
    }

    [Theory]
    [InlineData("""{"object":"instagram","entry":[{"id":"17841400000000001","time":1787220000,"changes":[{"field":"comments","value":{"from":{"id":"17841400000000777","username":"dana.k"},"media":{"id":"17846368219941692","media_product_type":"FEED"},"id":"17858154961981086","parent_id":"17858154961981000","text":"@acme my package arrived damaged"}}]}]}""")]
    [InlineData("""{"object":"instagram","entry":[{"id":"17841400000000001","time":1787220000,"field":"comments","value":{"from":{"id":"17841400000000777","username":"dana.k"},"media":{"id":"17846368219941692"},"comment_id":"17858154961981086","parent_id":"17858154961981000","text":"@acme my package arrived damaged"}}]}""")]
    public void Parse_InstagramComment_InEitherFormBecomesTheMention(string body)
    {
        var mention = Assert.Single(Parse(body).Mentions);

        Assert.Equal(
            new Mention(Network.Instagram, "ig-acme", "17858154961981086", MentionKind.Reply, "17846368219941692", "17858154961981000",
                new Author("17841400000000777", "dana.k", "dana.k", new Uri("https://www.instagram.com/dana.k/")), "@acme my package arrived damaged",
                DateTimeOffset.FromUnixTimeSeconds(1787220000), IsPrivate: false),
            mention);
    }

    [Fact]
    public void Parse_InstagramMentions_AreIdsToFetch()
    {
        var batch = Parse("""
            {"object":"instagram","entry":[{"id":"17841400000000001","time":1520622968,"changes":[
              {"field":"mentions","value":{"comment_id":"17894227972186120","media_id":"17918195224117851"}},
              {"field":"mentions","value":{"media_id":"17889114512354744"}}]}]}
            """);

        Assert.Equal(
            [new WebhookLookup(Network.Instagram, "ig-acme", "17894227972186120", "17918195224117851"), new WebhookLookup(Network.Instagram, "ig-acme", null, "17889114512354744")],
            batch.Lookups);
    }

    [Fact]
    public void Parse_InstagramDeletedMessage_IsReportedAsDeleted()
    {
        var batch = Parse("""
            {"object":"instagram","entry":[{"id":"17841400000000001","time":1787220100,"messaging":[
              {"sender":{"id":"17841400000000777"},"recipient":{"id":"17841400000000001"},"timestamp":1787220099123,"message":{"mid":"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAx","text":"hello?"}},
              {"sender":{"id":"17841400000000777"},"recipient":{"id":"17841400000000001"},"timestamp":1787220199123,"message":{"mid":"aWdfOld","is_deleted":true}}]}]}
            """);

        Assert.Equal("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAx", Assert.Single(batch.Mentions).ExternalId);
        Assert.Equal([new MentionKey(Network.Instagram, "ig-acme", "aWdfOld")], batch.Deleted);
    }

    [Fact]
    public void Parse_UnknownAccountOrPartialEvent_IsSkippedAndTheRestKept()
    {
        var batch = Parse("""
            {"object":"page","entry":[
              {"id":"999","time":1787218272,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1_9"}}]},
              {"id":"104857390012345","time":1787218272,"changes":[
                {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1_8","from":{"id":"7"}}},
                {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1_7","post_id":"104857390012345_1","created_time":1787218272,"from":{"id":"7","name":"Dana K"},"message":"ok"}}]}]}
            """);

        Assert.Equal(["999", "1_8"], batch.Skipped.Select(s => s.ExternalId));
        Assert.Equal("1_7", Assert.Single(batch.Mentions).ExternalId);
    }
}
