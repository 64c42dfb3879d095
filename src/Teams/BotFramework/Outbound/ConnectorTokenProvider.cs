using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using IMsalHttpClientFactory = Microsoft.Identity.Client.IMsalHttpClientFactory;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// The bot's token for the Bot Connector: one per app, reused until 5 minutes before it
/// expires, refreshed by one caller while the others wait (bot-protocol.md §4.2); never logged.
/// </summary>
public sealed partial class ConnectorTokenProvider : IDisposable
{
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly Lazy<ConnectorCredential> credential;
    private readonly TimeProvider time;
    private readonly ILogger<ConnectorTokenProvider> log;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ConnectorAccessToken? current;

    internal ConnectorTokenProvider(IOptions<ConnectorOptions> options, IMsalHttpClientFactory http, TimeProvider time, ILogger<ConnectorTokenProvider> log)
    {
        // Built on first use: local mode never asks for a token and needs no credential.
        credential = new Lazy<ConnectorCredential>(() => ConnectorCredential.Create(options.Value, http));
        this.time = time;
        this.log = log;
    }

    /// <summary>Fails fast at start-up when no credential is configured.</summary>
    public void EnsureConfigured() => _ = credential.Value;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(current) is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(current) is { } other)
            {
                return other;
            }

            // MSAL keeps its own cache on the real clock; when ours says refresh, make it refresh.
            var acquired = await credential.Value.AcquireAsync(forceRefresh: current is not null, cancellationToken).ConfigureAwait(false);
            current = acquired;
            LogAcquired(acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The connector answered 401 to this token: the next call fetches a new one.</summary>
    public void Reject(string token)
    {
        if (current?.Token == token)
        {
            current = current with { ExpiresOn = time.GetUtcNow() };
        }
    }

    public void Dispose() => gate.Dispose();

    private string? Fresh(ConnectorAccessToken? token) =>
        token is not null && time.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token.Token : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired a Bot Connector token valid until {ExpiresOn}")]
    private partial void LogAcquired(DateTimeOffset expiresOn);
}
