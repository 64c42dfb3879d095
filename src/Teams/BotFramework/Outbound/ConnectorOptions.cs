namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>Outbound settings, bound from the <c>Bot</c> section next to the inbound ones (bot-protocol.md §4).</summary>
public sealed class ConnectorOptions
{
    public string AppId { get; set; } = string.Empty;

    /// <summary>The bot's home tenant; empty means the legacy multi-tenant authority <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PFX file with the private key; preferred over a secret (bot-protocol.md §4.1).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A certificate in the CurrentUser\My store, by thumbprint.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>A user-assigned managed identity whose client id is <see cref="AppId"/>.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>The Entra host; a test points it at a fake token endpoint.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Extra serviceUrl origins a token may go to, e.g. a fake connector in a test; exact scheme, host and port.</summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    /// <summary>Client-side budget per tenant; Teams allows 50 requests a second per app and tenant (bot-protocol.md §8.1).</summary>
    public int TenantRequestsPerSecond { get; set; } = 40;
}
