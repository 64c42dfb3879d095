using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>A token and when it expires.</summary>
internal sealed record ConnectorAccessToken(string Token, DateTimeOffset ExpiresOn);

/// <summary>
/// How the bot proves itself to the Bot Connector (bot-protocol.md §4.1): a client secret or
/// certificate through MSAL client credentials, or a user-assigned managed identity.
/// </summary>
internal abstract class ConnectorCredential
{
    public abstract Task<ConnectorAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken);

    public static ConnectorCredential Create(ConnectorOptions options, IMsalHttpClientFactory http)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            throw new InvalidOperationException("Bot:AppId is required to call the Bot Connector.");
        }

        if (options.UseManagedIdentity)
        {
            return new ManagedIdentity(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId)), options.Scope);
        }

        // Legacy multi-tenant bots take tokens from the botframework.com tenant (bot-protocol.md §4.1).
        var tenant = string.IsNullOrWhiteSpace(options.TenantId) ? "botframework.com" : options.TenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithAuthority(new Uri(options.AuthorityHost, tenant).ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http);
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            builder = builder.WithClientSecret(options.ClientSecret);
        }
        else if (LoadCertificate(options) is { } certificate)
        {
            builder = builder.WithCertificate(certificate, sendX5C: true);
        }
        else
        {
            throw new InvalidOperationException("No outbound credential: set Bot:ClientSecret, Bot:CertificatePath, Bot:CertificateThumbprint or Bot:UseManagedIdentity.");
        }

        return new Msal(builder.Build(), options.Scope);
    }

    private static X509Certificate2? LoadCertificate(ConnectorOptions options)
    {
        if (!string.IsNullOrEmpty(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        if (string.IsNullOrEmpty(options.CertificateThumbprint))
        {
            return null;
        }

        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        return store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint, validOnly: false) is [var found, ..]
            ? found
            : throw new InvalidOperationException("Bot:CertificateThumbprint names no certificate in CurrentUser\\My.");
    }

    private sealed class Msal(IConfidentialClientApplication app, string scope) : ConnectorCredential
    {
        public override async Task<ConnectorAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            var result = await app.AcquireTokenForClient([scope]).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return new ConnectorAccessToken(result.AccessToken, result.ExpiresOn);
        }
    }

    private sealed class ManagedIdentity(TokenCredential credential, string scope) : ConnectorCredential
    {
        public override async Task<ConnectorAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
            return new ConnectorAccessToken(token.Token, token.ExpiresOn);
        }
    }
}
