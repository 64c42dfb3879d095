using System.Net;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Rss;

/// <summary>
/// A listening feed (setting <c>FeedUrl</c>, e.g. a Google Alert on the brand name): conditional
/// GET, entries newer than the cursor, read-only cases (social-apis.md §8.4).
/// </summary>
internal sealed class RssConnector(HttpClient http, TimeProvider time, ILogger<RssConnector> logger) : ISocialConnector
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(15);

    public Network Network => Network.Rss;

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(account.Setting("FeedUrl"), UriKind.Absolute, out var feedUrl))
        {
            return Fail(account, new ConnectorError.Rejected("The feed account needs an absolute FeedUrl setting."), 0);
        }

        var state = RssCursor.Parse(cursor);
        using var request = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        if (state.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", state.ETag);
        }

        if (state.LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", state.LastModified);
        }

        var answer = await HttpSend.RawAsync(http, request, Error, cancellationToken).ConfigureAwait(false);
        if (answer.Error is not null)
        {
            return Fail(account, answer.Error, 1);
        }

        if (answer.Value!.Status == HttpStatusCode.NotModified)
        {
            ConnectorEvents.Fetched(logger, Network, account.Id, 0, 0, 0, 1);
            return new FetchResult.Fetched([], null, [], [], 1);
        }

        if (FeedParser.Parse(answer.Value.Body) is not { } entries)
        {
            return Fail(account, new ConnectorError.Unavailable("The feed answer is not a well-formed Atom or RSS document."), 1);
        }

        var seen = TimeCursor.Parse(state.Seen);
        var mentions = new List<Mention>();
        var skipped = new List<SkippedItem>();
        foreach (var entry in entries)
        {
            if (RssMapper.Problem(entry) is { } problem)
            {
                var item = new SkippedItem(entry.Id, problem);
                skipped.Add(item);
                ConnectorEvents.Skipped(logger, Network, account.Id, item);
            }
            else if (seen?.HasSeen(entry.At!.Value, entry.Id!) != true)
            {
                mentions.Add(RssMapper.ToMention(account, entry));
            }
        }

        var next = TimeCursor.Advance(seen, mentions.Select(m => (m.CreatedAt, m.ExternalId)));
        var validators = new RssCursor(answer.Value.Headers.ETag?.ToString(), answer.Value.ContentHeaders.LastModified?.ToString("R"), next?.ToString());
        ConnectorEvents.Fetched(logger, Network, account.Id, mentions.Count, skipped.Count, 0, 1);
        return new FetchResult.Fetched([.. mentions.OrderBy(m => m.CreatedAt)], validators.ToString(), [], skipped, 1);
    }

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        Task.FromResult<ActionOutcome>(new ActionOutcome.Refused(ActionProblem.ReadOnlySource, "Feed items are read-only: open the article to respond where it was published."));

    private ConnectorError Error(HttpResponseMessage response, string body) => response.StatusCode switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable when RetryAfter(response) is { } wait => new ConnectorError.RateLimited(wait, $"HTTP {(int)response.StatusCode}"),
        HttpStatusCode.TooManyRequests => new ConnectorError.RateLimited(DefaultWait, "HTTP 429"),
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ConnectorError.AuthExpired($"The feed refused access (HTTP {(int)response.StatusCode})."),
        HttpStatusCode.NotFound or HttpStatusCode.Gone => new ConnectorError.NotFound($"The feed is gone (HTTP {(int)response.StatusCode})."),
        >= HttpStatusCode.InternalServerError => new ConnectorError.Unavailable($"HTTP {(int)response.StatusCode}"),
        _ => new ConnectorError.Rejected($"HTTP {(int)response.StatusCode}"),
    };

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1),
        _ => null,
    };

    private FetchResult.Failed Fail(SourceAccount account, ConnectorError error, int calls)
    {
        ConnectorEvents.Failed(logger, Network, account.Id, error);
        return new FetchResult.Failed(error, calls);
    }
}
