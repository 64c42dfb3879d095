namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// What a minted token says. The defaults make a token the Bot Connector would send;
/// each test changes one thing. <see cref="SigningKey"/> null signs with the server's first key.
/// </summary>
public sealed record FakeBotToken
{
    public required string Audience { get; init; }

    public required string ServiceUrl { get; init; }

    public string Issuer { get; init; } = "https://api.botframework.com";

    /// <summary>RS256, RS384, RS512, HS256 (signed with a random secret) or none (no signature).</summary>
    public string Algorithm { get; init; } = "RS256";

    public FakeSigningKey? SigningKey { get; init; }

    /// <summary>The kid put in the header; defaults to the signing key's own.</summary>
    public string? Kid { get; init; }

    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    public TimeSpan ExpiresOffset { get; init; } = TimeSpan.FromMinutes(59);

    public bool OmitServiceUrl { get; init; }
}
