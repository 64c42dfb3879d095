using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>
/// Checks the Bearer token of a request from the Bot Connector: signature by an endorsed
/// Bot Framework key, issuer, audience, lifetime with 5 min skew and RS256/384/512 only
/// (bot-protocol.md §3.2). Needs nothing from the body; the serviceUrl and channel are
/// checked against the parsed activity afterwards through <see cref="BotCaller.Admit"/>.
/// </summary>
public sealed partial class BotTokenValidator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly BotSigningKeyCache keys;
    private readonly BotAuthOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<BotTokenValidator> log;

    internal BotTokenValidator(BotSigningKeyCache keys, IOptions<BotAuthOptions> options, TimeProvider time, ILogger<BotTokenValidator> log)
    {
        this.keys = keys;
        this.options = options.Value;
        this.time = time;
        this.log = log;
    }

    public async Task<TokenCheck> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return Refuse(AuthFailure.MissingToken);
        }

        if (string.IsNullOrEmpty(options.AppId))
        {
            return Refuse(AuthFailure.NotConfigured);
        }

        // Exactly "Bearer <token>", as the reference SDK's extractor requires (§3.2 rule 1).
        var parts = authorization.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return Refuse(AuthFailure.MalformedHeader);
        }

        var snapshot = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return Refuse(AuthFailure.KeysUnavailable);
        }

        var result = await ValidateWithAsync(parts[1], snapshot).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await keys.RefreshForUnknownKeyAsync(snapshot, cancellationToken).ConfigureAwait(false) is { } fresh)
        {
            snapshot = fresh;
            result = await ValidateWithAsync(parts[1], fresh).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            var failure = result.Exception is SecurityTokenSignatureKeyNotFoundException ? AuthFailure.UnknownKey : AuthFailure.InvalidToken;
            LogInvalid(failure, result.Exception?.GetType().Name ?? "unknown");
            return TokenCheck.Fail(failure);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!snapshot.Endorsements.TryGetValue(jwt.Kid, out var endorsed) || !endorsed.Contains(ActivityTypes.TeamsChannelId))
        {
            return Refuse(AuthFailure.NotEndorsed);
        }

        return jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) && !string.IsNullOrEmpty(serviceUrl)
            ? TokenCheck.Valid(new BotCaller(serviceUrl, endorsed))
            : Refuse(AuthFailure.MissingServiceUrlClaim);
    }

    private Task<TokenValidationResult> ValidateWithAsync(string token, BotSigningKeys snapshot) =>
        handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.AppId,
            IssuerSigningKeys = snapshot.Keys,
            ValidAlgorithms = Algorithms,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = WithinLifetime,

            // The key must be the one named by kid: that is the key whose endorsements we check.
            TryAllIssuerSigningKeys = false,
        });

    // The library's own lifetime check reads the system clock; this one reads the injected one. 5 min skew (§3.2 rule 5).
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + Skew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - Skew);
    }

    private TokenCheck Refuse(AuthFailure failure)
    {
        LogRefused(failure);
        return TokenCheck.Fail(failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Connector request: {Failure}")]
    private partial void LogRefused(AuthFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Connector request: {Failure} ({ErrorType})")]
    private partial void LogInvalid(AuthFailure failure, string errorType);
}
