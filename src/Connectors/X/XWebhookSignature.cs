using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SomeTeams.Connectors.X;

/// <summary>
/// X webhook security (social-apis.md §2.10): the CRC answer and the
/// <c>x-twitter-webhooks-signature</c> check, both HMAC-SHA256 with the app's consumer secret.
/// </summary>
public static class XWebhookSignature
{
    public const string HeaderName = "x-twitter-webhooks-signature";

    /// <summary>The JSON body answering <c>GET ?crc_token=…</c>: <c>{"response_token":"sha256=…"}</c>.</summary>
    public static string CrcResponse(string crcToken, string consumerSecret)
    {
        ArgumentNullException.ThrowIfNull(crcToken);
        var token = Sign(Encoding.UTF8.GetBytes(crcToken), consumerSecret);
        using var buffer = new MemoryStream();
        // Base64 holds '+' and '/', which the default encoder escapes; X compares the decoded value,
        // but the plain form matches the documented answer byte for byte.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("response_token", token);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>True when the header is <c>sha256=</c> + base64 HMAC of the raw body; compared in constant time.</summary>
    public static bool IsValid(ReadOnlySpan<byte> rawBody, string? header, string consumerSecret)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(consumerSecret))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(rawBody, consumerSecret));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header.Trim()));
    }

    public static string Sign(ReadOnlySpan<byte> message, string consumerSecret) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(consumerSecret), message));
}
