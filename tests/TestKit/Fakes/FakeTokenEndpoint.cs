using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// Entra ID's v2 token endpoint for client credentials (bot-protocol.md §4.1), on loopback HTTPS
/// with a throwaway certificate because MSAL accepts only https authorities. Tokens are
/// <c>fake-token-1</c>, <c>fake-token-2</c> … so a test can tell a refresh from a cached token.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    // One throwaway certificate per test run: making one per endpoint is slow on a busy machine.
    private static readonly Lazy<byte[]> SharedPfx = new(CreatePfx);
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> requests = new();
    private LoopbackHost? host;
    private int issued;

    private FakeTokenEndpoint(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The server certificate; a client trusts exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Set as the authority host; MSAL appends the tenant and <c>oauth2/v2.0/token</c>.</summary>
    public Uri AuthorityHost => host!.BaseAddress;

    /// <summary>The form fields of every token request (client_id, scope, grant_type, client_secret or client_assertion…).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => [.. requests];

    public IReadOnlyList<string> Paths { get; private set; } = [];

    public int ExpiresInSeconds { get; set; } = 3600;

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var fake = new FakeTokenEndpoint(X509CertificateLoader.LoadPkcs12(SharedPfx.Value, null));
        fake.host = await LoopbackHost.StartAsync(fake.HandleAsync, l => l.UseHttps(fake.Certificate)).ConfigureAwait(false);
        return fake;
    }

    /// <summary>A handler for the token client that trusts only this endpoint's certificate.</summary>
    public HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == Certificate.Thumbprint,
    };

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }

        Certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Paths = [.. Paths, context.Request.Path.Value ?? string.Empty];
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.Value?.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) != true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        requests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        var body = form["grant_type"] == "client_credentials" && !string.IsNullOrEmpty(form["client_id"])
            ? new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = ExpiresInSeconds,
                ["ext_expires_in"] = ExpiresInSeconds,
                ["access_token"] = "fake-token-" + Interlocked.Increment(ref issued).ToString(CultureInfo.InvariantCulture),
            }
            : new Dictionary<string, object> { ["error"] = "invalid_request" };
        context.Response.StatusCode = body.ContainsKey("error") ? 400 : 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body)).ConfigureAwait(false);
    }

    private static byte[] CreatePfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel needs the key in a form it can load; a round trip through PKCS#12 gives that.
        return created.Export(X509ContentType.Pfx);
    }
}
