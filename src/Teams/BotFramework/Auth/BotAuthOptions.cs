namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>Inbound authentication settings, bound from the <c>Bot</c> section (bot-protocol.md §2, §3).</summary>
public sealed class BotAuthOptions
{
    public const string Section = "Bot";
    public const string PublicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicIssuer = "https://api.botframework.com";

    /// <summary>The bot's app id (for a managed-identity bot, the identity's client id); the token's <c>aud</c>.</summary>
    public string AppId { get; set; } = string.Empty;

    public string? TenantId { get; set; }

    public Uri OpenIdMetadataUrl { get; set; } = new(PublicOpenIdMetadataUrl);

    /// <summary>The only issuer accepted: no emulator, skill or Entra token paths (bot-protocol.md §3.6).</summary>
    public string Issuer { get; set; } = PublicIssuer;

    /// <summary>Unauthenticated local mode for the Agents Playground; start-up refuses it unless every bound URL is loopback.</summary>
    public bool AllowUnauthenticatedLocal { get; set; }

    /// <summary>When not empty, activities from other tenants are refused (bot-protocol.md §3.7).</summary>
    public IList<string> AllowedTenantIds { get; } = [];
}
