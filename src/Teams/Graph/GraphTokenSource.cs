using Microsoft.Extensions.Logging;
using SomeTeams.Teams.BotFramework.Outbound;
using IMsalHttpClientFactory = Microsoft.Identity.Client.IMsalHttpClientFactory;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// The app's Graph token. The activity feed refuses a token with less than 45 minutes left
/// (anchors.md §5, TP2), so a cached token is replaced once it is that close to expiry, not
/// just before it. Uses the same credential kinds as the Bot Connector (secret, certificate,
/// managed identity); never logged.
/// </summary>
public sealed partial class GraphTokenSource : IDisposable
{
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(46);
    private readonly Lazy<ConnectorCredential> _credential;
    private readonly string? _staticToken;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphTokenSource> _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ConnectorAccessToken? _current;

    internal GraphTokenSource(GraphOptions options, IMsalHttpClientFactory http, TimeProvider time, ILogger<GraphTokenSource> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        _staticToken = string.IsNullOrEmpty(options.StaticToken) ? null : options.StaticToken;
        _credential = new Lazy<ConnectorCredential>(() => ConnectorCredential.Create(ToCredentialOptions(options), http));
        _time = time;
        _log = log;
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_staticToken is not null)
        {
            return _staticToken;
        }
        if (Fresh(_current) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_current) is { } other)
            {
                return other;
            }
            // MSAL would hand back its cached token until 5 minutes before expiry: force a new one.
            var acquired = await _credential.Value.AcquireAsync(forceRefresh: _current is not null, cancellationToken).ConfigureAwait(false);
            _current = acquired;
            LogAcquired(acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh(ConnectorAccessToken? token) =>
        token is not null && _time.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token.Token : null;

    private static ConnectorOptions ToCredentialOptions(GraphOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new InvalidOperationException("Graph:TenantId and Graph:ClientId are required to call Microsoft Graph.");
        }
        return new ConnectorOptions
        {
            AppId = options.ClientId,
            TenantId = options.TenantId,
            ClientSecret = options.ClientSecret,
            CertificatePath = options.CertificatePath,
            CertificatePassword = options.CertificatePassword,
            CertificateThumbprint = options.CertificateThumbprint,
            UseManagedIdentity = options.UseManagedIdentity,
            AuthorityHost = options.AuthorityHost,
            Scope = options.Scope,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired a Graph token valid until {ExpiresOn}")]
    private partial void LogAcquired(DateTimeOffset expiresOn);
}
