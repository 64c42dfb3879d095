using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Telemetry;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Auth;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// One connector call with everything around it: the serviceUrl must be trusted before a token
/// is attached, writes wait for a pacing slot, and failures become <see cref="ConnectorResult{T}"/>
/// values after the retries of <see cref="ConnectorRetry"/>.
/// </summary>
internal sealed partial class ConnectorCalls(
    HttpClient http, ConnectorTokenProvider tokens, TrustedServiceUrls trusted, TeamsPacer pacer, LocalMode local, TimeProvider time, ILogger<ConnectorCalls> log)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<ConnectorResult<T>> CallAsync<T>(
        HttpMethod method, ConversationTarget target, string path, byte[]? body, bool paced, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(target.ServiceUrl.EndsWith('/') ? target.ServiceUrl : target.ServiceUrl + "/", UriKind.Absolute, out var baseUrl) || !trusted.IsTrusted(baseUrl))
        {
            LogUntrusted(method.Method);
            return new ConnectorResult<T>(ConnectorOutcome.Untrusted);
        }

        var uri = new Uri(baseUrl.AbsoluteUri + path);
        var refreshedToken = false;
        for (var attempt = 1; ; attempt++)
        {
            // The slot is held until the answer (or the failure) and released before any backoff,
            // so a retry waiting out its delay does not hold a place in the conversation's windows.
            var slot = paced ? await pacer.WaitForSlotAsync(target.TenantId, target.ConversationId, cancellationToken).ConfigureAwait(false) : null;
            RetryDecision decision;
            try
            {
                using var request = new HttpRequestMessage(method, uri);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
                }

                var token = local.Enabled ? null : await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    LogStatus(method.Method, status, attempt, response.Headers.TryGetValues("MS-CV", out var cv) ? cv.FirstOrDefault() : null);
                    if (response.IsSuccessStatusCode)
                    {
                        return new ConnectorResult<T>(ConnectorOutcome.Ok, await ReadAsync(response, type, cancellationToken).ConfigureAwait(false), status);
                    }

                    if (status == 401 && token is not null && !refreshedToken)
                    {
                        // Once: the token may have been revoked or rotated early (bot-protocol.md §4.2).
                        tokens.Reject(token);
                        refreshedToken = true;
                        attempt--;
                        continue;
                    }

                    var retryAfter = ConnectorRetry.RetryAfter(response, time.GetUtcNow());
                    if (status == 429)
                    {
                        pacer.Throttled(target.TenantId, retryAfter ?? ConnectorRetry.Backoff(attempt));
                        SomeTeamsMetrics.TeamsThrottled(method.Method);
                    }

                    decision = ConnectorRetry.ForStatus(method, status, retryAfter, attempt);
                    if (decision.Delay is null)
                    {
                        var code = await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
                        return new ConnectorResult<T>(decision.Outcome, default, status, code, retryAfter);
                    }
                }
                catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
                {
                    decision = ConnectorRetry.NotSent(attempt);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    LogNoAnswer(method.Method, ex.GetType().Name);
                    decision = ConnectorRetry.NoAnswer(method, attempt);
                }
            }
            finally
            {
                slot?.Dispose();
            }

            if (decision.Delay is not { } delay)
            {
                return new ConnectorResult<T>(decision.Outcome);
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    // Teams may answer 200/201 with no body at all (bot-protocol.md §5.0).
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code))
            {
                return code.GetString();
            }

            // Older Teams errors: {"errorCode":209,"message":"{ \"subCode\": \"MessageWritesBlocked\" … }"}.
            return root.TryGetProperty("errorCode", out var legacy) ? legacy.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {Method} to an untrusted serviceUrl; nothing sent")]
    private partial void LogUntrusted(string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} answered {StatusCode} (attempt {Attempt}, MS-CV {CorrelationVector})")]
    private partial void LogStatus(string method, int statusCode, int attempt, string? correlationVector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} got no answer ({ErrorType})")]
    private partial void LogNoAnswer(string method, string errorType);
}
