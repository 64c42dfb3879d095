using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SomeTeams.TestKit.Fakes.Http;

namespace SomeTeams.TestKit.Fakes.Bluesky;

/// <summary>
/// A PDS speaking XRPC as in social-apis.md §6: app-password sessions with access and refresh
/// tokens (400 ExpiredToken when the access token ran out), listNotifications paging to older
/// items with an opaque cursor, getPosts, createRecord/getRecord/putRecord, chat behind the
/// atproto-proxy header, and RateLimit-* headers with the Unix reset and the 429 body.
/// </summary>
public sealed partial class FakeBluesky : IAsyncDisposable
{
    public const string BrandDid = "did:plc:acmebrand0000000000000";
    public const string BrandHandle = "acme.example.com";
    public const string AppPassword = "abcd-efgh-ijkl-mnop";

    private readonly List<JsonObject> notifications = [];
    private readonly ConcurrentDictionary<string, JsonObject> posts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> records = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private FakeHttpServer? server;
    private int accessGeneration;
    private int refreshGeneration;
    private int created;

    public Uri BaseAddress => server!.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => server!.Requests;

    public string AccessJwt => $"eyJ0eXAiOiJhdCtqd3QifQ.access{accessGeneration}";

    public string RefreshJwt => $"eyJ0eXAiOiJyZWZyZXNoK2p3dCJ9.refresh{refreshGeneration}";

    public string? ExpiredAccessJwt { get; private set; }

    public bool RefreshTokenRevoked { get; set; }

    public string Password { get; set; } = AppPassword;

    /// <summary>Login answers 401 AuthFactorTokenRequired, as for an account password with email 2FA instead of an app password.</summary>
    public bool RequireAuthFactor { get; set; }

    public int RateLimitRemaining { get; set; } = 3000;

    public DateTimeOffset RateLimitReset { get; set; } = new(2026, 8, 20, 10, 10, 0, TimeSpan.Zero);

    /// <summary>Records the brand wrote, by collection then rkey.</summary>
    public IReadOnlyDictionary<string, JsonObject> Records => records;

    public static async Task<FakeBluesky> StartAsync()
    {
        var fake = new FakeBluesky();
        fake.server = await FakeHttpServer.StartAsync(fake.Map);
        return fake;
    }

    public void Add(BlueskyPostFixture post) => AddRaw((post ?? throw new ArgumentNullException(nameof(post))).Notification(), post);

    /// <summary>Adds a notification as given (malformed or partial ones too); newest first like the real list.</summary>
    public void AddRaw(JsonObject notification, BlueskyPostFixture? post = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        lock (gate)
        {
            notifications.Add(notification);
            notifications.Sort((a, b) => string.CompareOrdinal(b["indexedAt"]?.ToJsonString(), a["indexedAt"]?.ToJsonString()));
        }

        if (post is not null)
        {
            posts[post.Uri] = post.PostView();
        }
    }

    public void AddPost(BlueskyPostFixture post) => posts[(post ?? throw new ArgumentNullException(nameof(post))).Uri] = post.PostView();

    public void RemovePost(string uri) => posts.TryRemove(uri, out _);

    /// <summary>The current access token stops working with 400 ExpiredToken, as after its 120 minutes.</summary>
    public void ExpireAccessToken()
    {
        ExpiredAccessJwt = AccessJwt;
        Interlocked.Increment(ref accessGeneration);
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string Now() => BlueskyPostFixture.Time(DateTimeOffset.UtcNow);

    private static Task Json(HttpContext c, int status, JsonNode body)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = "application/json; charset=utf-8";
        return c.Response.WriteAsync(body.ToJsonString());
    }

    private static Task Error(HttpContext c, int status, string error, string message) =>
        Json(c, status, new JsonObject { ["error"] = error, ["message"] = message });

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
