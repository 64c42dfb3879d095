using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// The Bot Framework's OpenID metadata and JWKS (keys with <c>endorsements</c>), on loopback,
/// with our own RSA keys; mints tokens of any shape (bot-protocol.md §3.3, §10 testing).
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FakeSigningKey> keys = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private LoopbackHost? host;
    private int metadataRequests;
    private int keyRequests;

    private FakeOpenIdServer(TimeProvider time) => this.time = time;

    public Uri MetadataUrl => new(host!.BaseAddress, "v1/.well-known/openidconfiguration");

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public int KeyRequests => Volatile.Read(ref keyRequests);

    /// <summary>The key endorsed for <c>msteams</c> that tokens are signed with by default.</summary>
    public FakeSigningKey DefaultKey { get; private set; } = null!;

    public static async Task<FakeOpenIdServer> StartAsync(TimeProvider? time = null)
    {
        var server = new FakeOpenIdServer(time ?? TimeProvider.System);
        server.DefaultKey = server.AddKey("key-teams", "msteams");
        server.host = await LoopbackHost.StartAsync(server.HandleAsync).ConfigureAwait(false);
        return server;
    }

    public FakeSigningKey AddKey(string kid, params string[] endorsements)
    {
        var key = new FakeSigningKey(kid, endorsements);
        keys[kid] = key;
        return key;
    }

    /// <summary>A fresh key that signs but is not published: its tokens carry an unknown kid, or a known kid with a wrong signature.</summary>
    public static FakeSigningKey UnpublishedKey(string kid) => new(kid, ["msteams"], fresh: true);

    public string Mint(FakeBotToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = token.SigningKey ?? DefaultKey;
        var now = time.GetUtcNow();
        var header = new Dictionary<string, object> { ["alg"] = token.Algorithm, ["typ"] = "JWT", ["kid"] = token.Kid ?? key.Kid };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = token.Issuer,
            ["aud"] = token.Audience,
            ["nbf"] = (now + token.NotBeforeOffset).ToUnixTimeSeconds(),
            ["exp"] = (now + token.ExpiresOffset).ToUnixTimeSeconds(),
            ["iat"] = (now + token.NotBeforeOffset).ToUnixTimeSeconds(),
        };
        if (!token.OmitServiceUrl)
        {
            payload["serviceurl"] = token.ServiceUrl;
        }

        var signingInput = Part(header) + "." + Part(payload);
        return signingInput + "." + Sign(signingInput, token.Algorithm, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var key in keys.Values)
        {
            key.Dispose();
        }
    }

    private static string Part(Dictionary<string, object> json) => FakeSigningKey.Base64Url(JsonSerializer.SerializeToUtf8Bytes(json));

    private static string Sign(string input, string algorithm, FakeSigningKey key)
    {
        var data = Encoding.ASCII.GetBytes(input);
        return algorithm switch
        {
            "none" => string.Empty,
            "HS256" => FakeSigningKey.Base64Url(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), data)),
            "RS384" => FakeSigningKey.Base64Url(key.Rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1)),
            "RS512" => FakeSigningKey.Base64Url(key.Rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1)),
            _ => FakeSigningKey.Base64Url(key.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
        };
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        object body;
        if (path == "/v1/.well-known/openidconfiguration")
        {
            Interlocked.Increment(ref metadataRequests);
            body = new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = new Uri(host!.BaseAddress, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            };
        }
        else if (path == "/v1/.well-known/keys")
        {
            Interlocked.Increment(ref keyRequests);
            body = new Dictionary<string, object> { ["keys"] = keys.Values.OrderBy(k => k.Kid, StringComparer.Ordinal).Select(k => k.ToJwk()).ToList() };
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body)).ConfigureAwait(false);
    }
}
