namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>Why a request was refused; logged, never returned to the caller (bot-protocol.md §3.5).</summary>
public enum AuthFailure
{
    None,
    NotConfigured,
    MissingToken,
    MalformedHeader,
    InvalidToken,
    UnknownKey,
    NotEndorsed,
    MissingServiceUrlClaim,
    ServiceUrlMismatch,
    KeysUnavailable,
}

/// <summary>The parts of a valid token that the activity must agree with once it is parsed.</summary>
public sealed record BotCaller(string ServiceUrl, IReadOnlySet<string> Endorsements)
{
    /// <summary>The channel must be endorsed for the signing key and the serviceUrl must be the signed one (§3.2 rules 7 and 8).</summary>
    public AuthFailure Admit(Activities.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Endorsements.Contains(activity.ChannelId))
        {
            return AuthFailure.NotEndorsed;
        }

        return SameServiceUrl(ServiceUrl, activity.ServiceUrl) ? AuthFailure.None : AuthFailure.ServiceUrlMismatch;
    }

    // Case-insensitive after one trailing slash is trimmed from each (bot-protocol.md §3.4).
    private static bool SameServiceUrl(string claim, string body) =>
        string.Equals(TrimSlash(claim), TrimSlash(body), StringComparison.OrdinalIgnoreCase);

    private static string TrimSlash(string url) => url.EndsWith('/') ? url[..^1] : url;
}

public sealed record TokenCheck(BotCaller? Caller, AuthFailure Failure)
{
    public static TokenCheck Valid(BotCaller caller) => new(caller, AuthFailure.None);

    public static TokenCheck Fail(AuthFailure failure) => new(null, failure);
}
