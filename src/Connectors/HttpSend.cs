using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SomeTeams.Connectors;

/// <summary>
/// Sends one request and reads the answer as a value: transport failures and error statuses
/// never escape as exceptions (STYLE.md "Protocol at the edges"). The network's own error
/// mapper turns a status and body into a <see cref="ConnectorError"/>.
/// </summary>
internal static class HttpSend
{
    public delegate ConnectorError ErrorMapper(HttpResponseMessage response, string body);

    public static async Task<CallResult<T>> JsonAsync<T>(
        HttpClient http, HttpRequestMessage request, JsonTypeInfo<T> type, ErrorMapper errors, CancellationToken cancellationToken)
    {
        var raw = await RawAsync(http, request, errors, cancellationToken).ConfigureAwait(false);
        if (raw.Error is not null)
        {
            return raw.As<T>();
        }

        try
        {
            var value = JsonSerializer.Deserialize(raw.Value!.Body, type);
            return value is null ? CallResult<T>.Fail(new ConnectorError.Unavailable("empty answer")) : CallResult<T>.Ok(value);
        }
        catch (JsonException)
        {
            return CallResult<T>.Fail(new ConnectorError.Unavailable("answer is not the expected JSON"));
        }
    }

    public static async Task<CallResult<RawAnswer>> RawAsync(
        HttpClient http, HttpRequestMessage request, ErrorMapper errors, CancellationToken cancellationToken)
    {
        var writes = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotModified)
            {
                return CallResult<RawAnswer>.Ok(new RawAnswer(response.StatusCode, response.Headers, response.Content.Headers, body));
            }

            // A gateway timeout on a write may hide a success behind it.
            var mayHaveReached = writes && response.StatusCode == System.Net.HttpStatusCode.GatewayTimeout;
            return CallResult<RawAnswer>.Fail(errors(response, body), mayHaveReached);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return CallResult<RawAnswer>.Fail(new ConnectorError.Unavailable("connection failed"));
        }
        catch (HttpRequestException e)
        {
            return CallResult<RawAnswer>.Fail(new ConnectorError.Unavailable($"transport error {e.HttpRequestError}"), writes);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CallResult<RawAnswer>.Fail(new ConnectorError.Unavailable("timed out"), writes);
        }
    }
}

internal sealed record RawAnswer(
    System.Net.HttpStatusCode Status,
    System.Net.Http.Headers.HttpResponseHeaders Headers,
    System.Net.Http.Headers.HttpContentHeaders ContentHeaders,
    string Body);
