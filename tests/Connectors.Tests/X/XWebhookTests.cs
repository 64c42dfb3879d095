using System.Text;
using SomeTeams.Connectors;
using SomeTeams.Connectors.X;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.X;

public sealed class XWebhookTests
{
    // Test vectors of social-apis.md §9.2.
    private const string Secret = "test_consumer_secret";
    private const string Body = """{"for_user_id":"2244994945","tweet_create_events":[]}""";
    private const string Signature = "sha256=Lss4bxd6weR99So6MmhnJFpNn8h7oFFhZH5um9Z5oF4=";

    private static readonly SourceAccount Acme = new("x-acme", Network.X, "@AcmeSupport", true,
        new Dictionary<string, string> { ["UserId"] = "1600000000000000001" });

    [Fact]
    public void CrcResponse_KnownVector_MatchesX() =>
        Assert.Equal("""{"response_token":"sha256=583uAmerwtjpykYEAEm+CEIRm6dOywK4QKRr0ha/Pd4="}""", XWebhookSignature.CrcResponse("challenge_string", Secret));

    [Fact]
    public void Signature_KnownVector_IsAccepted() =>
        Assert.True(XWebhookSignature.IsValid(Encoding.UTF8.GetBytes(Body), Signature, Secret));

    [Theory]
    [InlineData("""{"for_user_id":"2244994946","tweet_create_events":[]}""", Signature, Secret)]
    [InlineData(Body, Signature, "wrong_secret")]
    [InlineData(Body, "sha256=Lss4bxd6weR99So6MmhnJFpNn8h7oFFhZH5um9Z5oF4", Secret)]
    [InlineData(Body, "", Secret)]
    [InlineData(Body, null, Secret)]
    public void Signature_TamperedBodyWrongSecretOrBadHeader_IsRejected(string body, string? header, string secret) =>
        Assert.False(XWebhookSignature.IsValid(Encoding.UTF8.GetBytes(body), header, secret));

    [Fact]
    public void Parse_ActivityMentionEvent_BecomesTheMention()
    {
        var body = """
            {"data":{"event_uuid":"2080765813578191303","filter":{"user_id":"1600000000000000001"},"event_type":"post.mention.create","tag":"mentions",
              "payload":{"id":"2080765813578191303","text":"hey @AcmeSupport where is my refund?","author_id":"2222222222","created_at":"2026-07-24T21:23:23.000Z",
                "conversation_id":"2080765813578191303","edit_history_tweet_ids":["2080765813578191303"],"lang":"en","reply_settings":"everyone","possibly_sensitive":false},
              "includes":{"users":[{"id":"2222222222","username":"danak","name":"Dana K","verified":false,"protected":false}]}}}
            """;

        var batch = XWebhookPayload.Parse(Encoding.UTF8.GetBytes(body), [Acme]);

        var mention = Assert.Single(batch.Mentions);
        Assert.Equal(
            new Mention(Network.X, "x-acme", "2080765813578191303", MentionKind.Post, "2080765813578191303", null,
                new Author("2222222222", "danak", "Dana K", new Uri("https://x.com/danak")), "hey @AcmeSupport where is my refund?",
                new DateTimeOffset(2026, 7, 24, 21, 23, 23, TimeSpan.Zero), false, "en", new Uri("https://x.com/danak/status/2080765813578191303")),
            mention);
    }

    [Fact]
    public void Parse_DmReceived_BecomesAPrivateMentionInTheOneToOneConversation()
    {
        var body = """
            {"data":{"filter":{"user_id":"1600000000000000001"},"event_type":"dm.received","payload":{
              "direct_message_events":[
                {"type":"message_create","id":"1960000000000000700","created_timestamp":"1787218799876",
                 "message_create":{"sender_id":"2222222222","target":{"recipient_id":"1600000000000000001"},"message_data":{"text":"order 4411?"}}},
                {"type":"message_create","id":"1960000000000000701","created_timestamp":"1787218800000",
                 "message_create":{"sender_id":"1600000000000000001","target":{"recipient_id":"2222222222"},"message_data":{"text":"on it"}}},
                {"type":"message_create","id":"1960000000000000702","message_create":{}}],
              "users":{"2222222222":{"data":{"id":"2222222222","name":"Dana K","username":"danak"}}}}}}
            """;

        var batch = XWebhookPayload.Parse(Encoding.UTF8.GetBytes(body), [Acme]);

        var dm = Assert.Single(batch.Mentions);
        // §2.8: "{smallerUserId}-{largerUserId}", compared as numbers.
        Assert.Equal(("1960000000000000700", MentionKind.DirectMessage, "2222222222-1600000000000000001", true), (dm.ExternalId, dm.Kind, dm.ThreadId, dm.IsPrivate));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1787218799876), dm.CreatedAt);
        Assert.Equal("1960000000000000702", Assert.Single(batch.Skipped).ExternalId);
    }

    [Fact]
    public void Parse_LegacyDeleteEvent_ReportsTheDeletion()
    {
        var body = """{"for_user_id":"1600000000000000001","tweet_delete_events":[{"status":{"id":"1960000000000000002","user_id":"2222222222"},"timestamp_ms":"1787218800000"}]}""";

        var batch = XWebhookPayload.Parse(Encoding.UTF8.GetBytes(body), [Acme]);

        Assert.Equal([new MentionKey(Network.X, "x-acme", "1960000000000000002")], batch.Deleted);
        Assert.Empty(batch.Mentions);
    }

    [Fact]
    public void Parse_LegacyTweetCreateEvent_BecomesTheMentionAndTheBrandsOwnIsDropped()
    {
        var body = """
            {"for_user_id":"1600000000000000001","tweet_create_events":[
              {"created_at":"Thu Aug 20 09:15:02 +0000 2026","id_str":"1960000000000000002","text":"@AcmeSupport my order #4411 never",
               "truncated":true,"extended_tweet":{"full_text":"@AcmeSupport my order #4411 never arrived and nobody answers the phone"},
               "in_reply_to_status_id_str":null,"user":{"id_str":"2222222222","name":"Dana K","screen_name":"danak"},"lang":"en"},
              {"created_at":"Thu Aug 20 09:20:00 +0000 2026","id_str":"1960000000000000003","text":"@danak sorry!","in_reply_to_status_id_str":"1960000000000000002",
               "user":{"id_str":"1600000000000000001","name":"Acme Support","screen_name":"AcmeSupport"}}]}
            """;

        var mention = Assert.Single(XWebhookPayload.Parse(Encoding.UTF8.GetBytes(body), [Acme]).Mentions);

        Assert.Equal(
            new Mention(Network.X, "x-acme", "1960000000000000002", MentionKind.Post, "1960000000000000002", null,
                new Author("2222222222", "danak", "Dana K", new Uri("https://x.com/danak")), "@AcmeSupport my order #4411 never arrived and nobody answers the phone",
                new DateTimeOffset(2026, 8, 20, 9, 15, 2, TimeSpan.Zero), false, "en", new Uri("https://x.com/danak/status/1960000000000000002")),
            mention);
    }

    [Fact]
    public void Parse_NotJson_IsSkippedWithAReason() =>
        Assert.Single(XWebhookPayload.Parse("not json"u8, [Acme]).Skipped);
}
