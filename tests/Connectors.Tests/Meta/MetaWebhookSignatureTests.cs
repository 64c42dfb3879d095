using System.Text;
using SomeTeams.Connectors.Meta;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Meta;

public sealed class MetaWebhookSignatureTests
{
    // Test vector of social-apis.md §9.2 (139 bytes, no trailing newline).
    private const string Secret = "test_app_secret";
    private const string Body = """{"object":"page","entry":[{"id":"104857390012345","time":1785330000,"changes":[{"field":"feed","value":{"item":"comment","verb":"add"}}]}]}""";
    private const string Signature = "sha256=6e7e16262247be29073f1fba8a8a169023173813bcaad43b7e22a37da527e7f3";

    [Fact]
    public void IsValid_KnownVector_IsAccepted()
    {
        Assert.Equal(139, Encoding.UTF8.GetByteCount(Body));
        Assert.True(MetaWebhookSignature.IsValid(Encoding.UTF8.GetBytes(Body), Signature, Secret));
    }

    [Fact]
    public void FakeSender_SignsLikeMeta() => Assert.Equal(Signature, MetaWebhookSender.Signature256(Body, Secret));

    [Theory]
    [InlineData(Body + "\n", Signature, Secret)]
    [InlineData("""{"object":"page","entry":[{"id":"104857390012346","time":1785330000,"changes":[{"field":"feed","value":{"item":"comment","verb":"add"}}]}]}""", Signature, Secret)]
    [InlineData(Body, Signature, "wrong_app_secret")]
    [InlineData(Body, "sha1=993f74b9cbf5177a64d376a77a71f84438502b01", Secret)]
    [InlineData(Body, "6e7e16262247be29073f1fba8a8a169023173813bcaad43b7e22a37da527e7f3", Secret)]
    [InlineData(Body, "", Secret)]
    [InlineData(Body, null, Secret)]
    [InlineData(Body, Signature, "")]
    public void IsValid_TamperedBodyWrongSecretOrBadHeader_IsRejected(string body, string? header, string secret) =>
        Assert.False(MetaWebhookSignature.IsValid(Encoding.UTF8.GetBytes(body), header, secret));

    [Fact]
    public void Challenge_MatchingVerifyToken_AnswersTheChallenge() =>
        Assert.Equal("1158201444", MetaWebhookSignature.Challenge(
            new Dictionary<string, string> { ["hub.mode"] = "subscribe", ["hub.challenge"] = "1158201444", ["hub.verify_token"] = "verify-me" }, "verify-me"));

    [Fact]
    public void Challenge_UnderscoreSpelling_IsAccepted() =>
        Assert.Equal("42", MetaWebhookSignature.Challenge(
            new Dictionary<string, string> { ["hub_mode"] = "subscribe", ["hub_challenge"] = "42", ["hub_verify_token"] = "verify-me" }, "verify-me"));

    [Theory]
    [InlineData("subscribe", "wrong-token")]
    [InlineData("unsubscribe", "verify-me")]
    public void Challenge_WrongTokenOrMode_IsRefused(string mode, string token) =>
        Assert.Null(MetaWebhookSignature.Challenge(
            new Dictionary<string, string> { ["hub.mode"] = mode, ["hub.challenge"] = "1158201444", ["hub.verify_token"] = token }, "verify-me"));
}
