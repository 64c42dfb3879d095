using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// The App Service managed identity endpoint (what <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>
/// point at), on loopback HTTP as on App Service. Tokens are <c>fake-mi-token-1</c>, <c>-2</c> ….
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    public const string Header = "fake-identity-header";
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> requests = new();
    private LoopbackHost? host;
    private int issued;

    public Uri Endpoint => new(host!.BaseAddress, "msi/token");

    /// <summary>The query of every token request (resource, client_id, api-version).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => [.. requests];

    public static async Task<FakeManagedIdentityEndpoint> StartAsync()
    {
        var fake = new FakeManagedIdentityEndpoint();
        fake.host = await LoopbackHost.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != "/msi/token" || context.Request.Headers["X-IDENTITY-HEADER"] != Header)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        requests.Enqueue(context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal));
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["access_token"] = "fake-mi-token-" + Interlocked.Increment(ref issued).ToString(CultureInfo.InvariantCulture),
            ["expires_on"] = expiresOn,
            ["resource"] = context.Request.Query["resource"].ToString(),
            ["token_type"] = "Bearer",
            ["client_id"] = context.Request.Query["client_id"].ToString(),
        })).ConfigureAwait(false);
    }
}
