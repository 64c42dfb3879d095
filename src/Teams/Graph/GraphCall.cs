using System.Globalization;
using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Runs one Graph SDK call and turns its failures into <see cref="GraphResult{T}"/> values, in one
/// place. The client has no retry handler, so a 429 comes back at once with its Retry-After.
/// </summary>
internal static class GraphCall
{
    public static async Task<GraphResult<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return new GraphResult<T>(GraphOutcome.Ok, await call(cancellationToken).ConfigureAwait(false));
        }
        catch (ApiException e)
        {
            var code = (e as ODataError)?.Error?.Code;
            var outcome = e.ResponseStatusCode switch
            {
                (int)HttpStatusCode.TooManyRequests => GraphOutcome.Throttled,
                (int)HttpStatusCode.Forbidden => GraphOutcome.Forbidden,
                (int)HttpStatusCode.NotFound => GraphOutcome.NotFound,
                >= 400 and < 500 => GraphOutcome.Rejected,
                _ => GraphOutcome.Unavailable,
            };
            return new GraphResult<T>(outcome, default, e.ResponseStatusCode, code, RetryAfter(e.ResponseHeaders, time));
        }
        catch (HttpRequestException e)
        {
            return new GraphResult<T>(GraphOutcome.Unavailable, default, (int?)e.StatusCode);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout, not the caller giving up.
            return new GraphResult<T>(GraphOutcome.Unavailable);
        }
    }

    /// <summary>Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable.</summary>
    internal static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers, TimeProvider time)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
