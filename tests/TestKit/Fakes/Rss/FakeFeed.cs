using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SomeTeams.TestKit.Fakes.Http;

namespace SomeTeams.TestKit.Fakes.Rss;

/// <summary>
/// A feed host (social-apis.md §8.4, §9.3): serves the current document at <see cref="FeedUrl"/>
/// with an ETag and Last-Modified, answers 304 to a matching conditional GET, and can answer
/// 429 with Retry-After once.
/// </summary>
public sealed class FakeFeed : IAsyncDisposable
{
    private FakeHttpServer? server;
    private string document = FeedFixtures.Atom();

    public Uri FeedUrl => new(server!.BaseAddress, "alerts/feeds/01234567890123456789/98765432109876543210");

    public IReadOnlyList<RecordedRequest> Requests => server!.Requests;

    public string ContentType { get; set; } = "application/atom+xml; charset=utf-8";

    public DateTimeOffset LastModified { get; set; } = new(2026, 8, 20, 10, 18, 45, TimeSpan.Zero);

    public TimeSpan? RateLimitOnce { get; set; }

    /// <summary>When set, every request answers this status with an empty body (e.g. 403 after access was withdrawn).</summary>
    public int? FailWith { get; set; }

    public string Document
    {
        get => document;
        set => document = value ?? throw new ArgumentNullException(nameof(value));
    }

    public string ETag => "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document)))[..16] + "\"";

    public static async Task<FakeFeed> StartAsync()
    {
        var fake = new FakeFeed();
        fake.server = await FakeHttpServer.StartAsync(fake.Map);
        return fake;
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Map(IEndpointRouteBuilder app) => app.MapGet("/alerts/feeds/{user}/{alert}", (HttpContext c) =>
    {
        if (RateLimitOnce is { } wait)
        {
            RateLimitOnce = null;
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }

        if (FailWith is { } status)
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        c.Response.Headers.ETag = ETag;
        c.Response.Headers.LastModified = LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (c.Request.Headers.IfNoneMatch == ETag)
        {
            c.Response.StatusCode = 304;
            return Task.CompletedTask;
        }

        c.Response.ContentType = ContentType;
        return c.Response.WriteAsync(document);
    });
}
