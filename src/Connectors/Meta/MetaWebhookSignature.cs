using System.Security.Cryptography;
using System.Text;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Meta webhook security for Pages, Messenger and Instagram (social-apis.md §3.10, §9.2):
/// <c>X-Hub-Signature-256</c> over the raw body with the app secret, and the
/// <c>hub.challenge</c> handshake. Both compare in constant time.
/// </summary>
public static class MetaWebhookSignature
{
    public const string HeaderName = "X-Hub-Signature-256";

    /// <summary>True when the header is <c>sha256=</c> + lowercase hex HMAC-SHA256(app secret, raw body).</summary>
    public static bool IsValid(ReadOnlySpan<byte> rawBody, string? header, string appSecret)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(appSecret))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody)));

        // Hex digits may arrive in upper case from proxies; the comparison itself stays constant-time.
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header.Trim().ToLowerInvariant()));
    }

    /// <summary>
    /// The body to answer a verification GET with (200, text/plain), or null for 403. Accepts
    /// <c>hub.mode</c> and the <c>hub_mode</c> spelling some frameworks produce.
    /// </summary>
    public static string? Challenge(IReadOnlyDictionary<string, string> query, string verifyToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Get(string name) => query.TryGetValue(name, out var v) ? v : query.TryGetValue(name.Replace('.', '_'), out var u) ? u : null;
        var token = Get("hub.verify_token");
        var challenge = Get("hub.challenge");
        return Get("hub.mode") == "subscribe" && challenge is { Length: > 0 } && token is not null && !string.IsNullOrEmpty(verifyToken)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(verifyToken))
            ? challenge
            : null;
    }
}
