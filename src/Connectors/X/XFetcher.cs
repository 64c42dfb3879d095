using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Reads the mention timeline, the listening search and the DM events since the stored cursor,
/// draining every page before it offers a new cursor (social-apis.md §2.4, §2.5, §2.8).
/// </summary>
internal sealed class XFetcher(XApiClient api, XMetrics metrics, XStreamGate gate, ILogger<XFetcher> logger)
{
    private const string TweetFields = "author_id,conversation_id,created_at,in_reply_to_user_id,lang,referenced_tweets,entities,note_tweet";
    private const int MaxSearchPages = 20;
    private const string DmFields = "id,text,event_type,created_at,dm_conversation_id,sender_id";

    public async Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        if (account.Setting("UserId") is not { } userId)
        {
            return new FetchResult.Failed(new ConnectorError.Rejected("The X account has no UserId setting."), 0);
        }

        var position = XCursor.Parse(cursor);
        var calls = new CallCounter();
        var found = new XFound(account, userId, logger);

        var mentions = await TimelineAsync(account, $"2/users/{userId}/mentions", "pagination_token", [], position.Mentions, drainFirst: true, found, calls, cancellationToken);
        if (mentions.Error is { } error)
        {
            metrics.Calls(account, calls.Count);
            return new FetchResult.Failed(error, calls.Count);
        }

        var search = account.Setting("SearchQuery") is { Length: > 0 } query
            ? await SecondaryAsync(account, "search", position.Search, found, part =>
                TimelineAsync(account, "2/tweets/search/recent", "next_token", [new("query", query)], position.Search, drainFirst: false, part, calls, cancellationToken))
            : position.Search;
        var dms = account.Setting("DirectMessages") == "true"
            ? await SecondaryAsync(account, "dm_events", position.Dms, found, part => DmsAsync(account, position.Dms, part, calls, cancellationToken))
            : position.Dms;

        metrics.Calls(account, calls.Count);
        var next = new XCursor(mentions.Newest, search, dms).ToString();
        XLog.Fetched(logger, account.Id, found.Mentions.Count, calls.Count);
        return new FetchResult.Fetched(found.InOrder(), next.Length == 0 || next == cursor ? null : next, [], found.Skipped, calls.Count);
    }

    // A failed search or DM read keeps its own old position and is reported as skipped, so the
    // mention timeline still advances; a rate limit rests that stream until the reset.
    private async Task<string?> SecondaryAsync(SourceAccount account, string stream, string? position, XFound found, Func<XFound, Task<Drained>> read)
    {
        if (gate.IsResting(account, stream))
        {
            return position;
        }

        // Items of a stream count only once all its pages were read: the old position re-reads them.
        var part = found.Part();
        var drained = await read(part);
        if (drained.Error is null)
        {
            found.Merge(part);
            return drained.Newest;
        }

        if (drained.Error is ConnectorError.RateLimited limited)
        {
            gate.Rest(account, stream, limited.RetryAfter);
        }

        found.Skip(null, $"{stream} not read this time: {drained.Error.Reason}");
        return position;
    }

    // With since_id, next_token pages walk back towards it and must all be read before the
    // cursor moves. Without a cursor, the search starts listening from its first page only.
    private async Task<Drained> TimelineAsync(
        SourceAccount account, string path, string pageParameter, List<KeyValuePair<string, string>> extra, string? since,
        bool drainFirst, XFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        string? newest = null;
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxSearchPages && pageParameter == "next_token")
            {
                // A keyword flood must not run up an unbounded pay-per-use bill: listening keeps
                // the newest hits and says plainly that older ones were not read.
                found.Skip(null, $"search matched more than {MaxSearchPages} pages since the last poll; older hits were not read");
                break;
            }

            List<KeyValuePair<string, string>> query = [.. extra, new("max_results", "100"), new("tweet.fields", TweetFields),
                new("expansions", "author_id,referenced_tweets.id"), new("user.fields", "name,username,profile_image_url,verified")];
            AddIf(query, "since_id", since);
            AddIf(query, pageParameter, token);
            var page = await PageAsync(account, path, query, calls, cancellationToken);
            if (page.Error is not null)
            {
                return new Drained(null, page.Error);
            }

            var read = page.Page!;
            newest ??= read.Meta?.NewestId;
            foreach (var item in read.Data ?? [])
            {
                found.Add(XMapper.Post(account, item, read.Includes?.Users ?? []));
            }

            token = read.Meta?.NextToken;
        }
        while (token is not null && (since is not null || drainFirst));

        return new Drained(XCursor.Max(since, newest), null);
    }

    // DM events have no since_id: read newest first until an id already seen (§2.8).
    private async Task<Drained> DmsAsync(SourceAccount account, string? since, XFound found, CallCounter calls, CancellationToken cancellationToken)
    {
        string? newest = since;
        string? token = null;
        var reachedSeen = false;
        do
        {
            List<KeyValuePair<string, string>> query = [new("max_results", "100"), new("event_types", "MessageCreate"),
                new("dm_event.fields", DmFields), new("expansions", "sender_id"), new("user.fields", "name,username")];
            AddIf(query, "pagination_token", token);
            var page = await PageAsync(account, "2/dm_events", query, calls, cancellationToken);
            if (page.Error is not null)
            {
                return new Drained(null, page.Error);
            }

            var read = page.Page!;
            foreach (var item in read.Data ?? [])
            {
                var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var v) ? v.GetString() : null;
                if (id is not null && !XCursor.IsNewer(id, since))
                {
                    reachedSeen = true;
                    break;
                }

                newest = id is null ? newest : XCursor.Max(newest, id);
                found.Add(XMapper.Dm(account, item, read.Includes?.Users ?? []));
            }

            token = read.Meta?.NextToken;
        }
        while (token is not null && !reachedSeen && since is not null);

        return new Drained(newest, null);
    }

    private async Task<(XPage? Page, ConnectorError? Error)> PageAsync(
        SourceAccount account, string path, List<KeyValuePair<string, string>> query, CallCounter calls, CancellationToken cancellationToken)
    {
        var url = new Uri(XApiClient.BaseUrl(account), path + "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")));
        var call = await api.SendAsync(account, path, () => new HttpRequestMessage(HttpMethod.Get, url), calls, cancellationToken);
        if (call.Error is not null)
        {
            return (null, call.Error);
        }

        try
        {
            var page = JsonSerializer.Deserialize(call.Body!, XJson.Default.XPage) ?? new XPage(null, null, null, null);
            if (page.Errors is { Count: > 0 } errors)
            {
                XLog.PartialErrors(logger, account.Id, errors.Count);
            }

            return (page, null);
        }
        catch (JsonException)
        {
            XLog.CallFailed(logger, account.Id, path, 200);
            return (null, new ConnectorError.Unavailable("X returned a page that is not readable JSON."));
        }
    }

    private static void AddIf(List<KeyValuePair<string, string>> query, string key, string? value)
    {
        if (value is not null)
        {
            query.Add(new(key, value));
        }
    }

    private sealed record Drained(string? Newest, ConnectorError? Error);
}
