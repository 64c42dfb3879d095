using SomeTeams.Teams.BotFramework.Auth;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class BotTokenValidatorTests
{
    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Validate_TokenFromConnector_IsAccepted(string algorithm)
    {
        await using var h = await ValidatorHarness.StartAsync();

        var check = await h.CheckAsync(h.Token() with { Algorithm = algorithm });

        Assert.Equal(AuthFailure.None, check.Failure);
        Assert.Equal(ValidatorHarness.ServiceUrl, check.Caller!.ServiceUrl);
        Assert.Contains("msteams", check.Caller.Endorsements);
    }

    [Theory]
    [InlineData(null, AuthFailure.MissingToken)]
    [InlineData("", AuthFailure.MissingToken)]
    [InlineData("Basic dXNlcjpwYXNz", AuthFailure.MalformedHeader)]
    [InlineData("Bearer", AuthFailure.MalformedHeader)]
    [InlineData("bearer a.b.c", AuthFailure.MalformedHeader)]
    [InlineData("Bearer a.b.c extra", AuthFailure.MalformedHeader)]
    [InlineData("Bearer not-a-jwt", AuthFailure.InvalidToken)]
    public async Task Validate_BadHeader_IsRefused(string? header, AuthFailure expected)
    {
        await using var h = await ValidatorHarness.StartAsync();

        var check = await h.Validator.ValidateAsync(header, TestContext.Current.CancellationToken);

        Assert.Equal(expected, check.Failure);
        Assert.Null(check.Caller);
    }

    public static TheoryData<string, Func<FakeBotToken, FakeBotToken>, AuthFailure> Refusals => new()
    {
        { "expired beyond the 5 min skew", t => t with { NotBeforeOffset = TimeSpan.FromHours(-2), ExpiresOffset = TimeSpan.FromMinutes(-6) }, AuthFailure.InvalidToken },
        { "not valid for another 6 min", t => t with { NotBeforeOffset = TimeSpan.FromMinutes(6) }, AuthFailure.InvalidToken },
        { "wrong issuer", t => t with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }, AuthFailure.InvalidToken },
        { "wrong audience", t => t with { Audience = "https://api.botframework.com" }, AuthFailure.InvalidToken },
        { "alg none", t => t with { Algorithm = "none" }, AuthFailure.InvalidToken },
        { "HS256", t => t with { Algorithm = "HS256" }, AuthFailure.InvalidToken },
        { "no serviceurl claim", t => t with { OmitServiceUrl = true }, AuthFailure.MissingServiceUrlClaim },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Validate_TokenBreakingOneRule_IsRefused(string rule, Func<FakeBotToken, FakeBotToken> change, AuthFailure expected)
    {
        await using var h = await ValidatorHarness.StartAsync();

        var check = await h.CheckAsync(change(h.Token()));

        Assert.True(check.Failure == expected, rule);
    }

    [Fact]
    public async Task Validate_WithinClockSkew_IsAccepted()
    {
        await using var h = await ValidatorHarness.StartAsync();

        var late = await h.CheckAsync(h.Token() with { NotBeforeOffset = TimeSpan.FromHours(-1), ExpiresOffset = TimeSpan.FromMinutes(-4) });
        var early = await h.CheckAsync(h.Token() with { NotBeforeOffset = TimeSpan.FromMinutes(4) });

        Assert.Equal(AuthFailure.None, late.Failure);
        Assert.Equal(AuthFailure.None, early.Failure);
    }

    [Fact]
    public async Task Validate_KeyNotEndorsedForTeams_IsRefused()
    {
        await using var h = await ValidatorHarness.StartAsync();
        var webChatKey = h.Server.AddKey("key-webchat", "webchat", "directline");

        var check = await h.CheckAsync(h.Token() with { SigningKey = webChatKey });

        Assert.Equal(AuthFailure.NotEndorsed, check.Failure);
    }

    [Fact]
    public async Task Validate_UnknownKeyId_IsRefused()
    {
        await using var h = await ValidatorHarness.StartAsync();
        using var stranger = FakeOpenIdServer.UnpublishedKey("key-stranger");

        var check = await h.CheckAsync(h.Token() with { SigningKey = stranger });

        Assert.Equal(AuthFailure.UnknownKey, check.Failure);
    }

    [Fact]
    public async Task Validate_PublishedKeyIdButOtherKeysSignature_IsRefused()
    {
        await using var h = await ValidatorHarness.StartAsync();
        using var forger = FakeOpenIdServer.UnpublishedKey(h.Server.DefaultKey.Kid);

        var check = await h.CheckAsync(h.Token() with { SigningKey = forger });

        Assert.Equal(AuthFailure.InvalidToken, check.Failure);
    }
}
