using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.X;

/// <summary>
/// The typed HttpClient for X API v2. Base address per account (<c>BaseUrl</c>, default
/// https://api.x.com); adds the user-context bearer token and refreshes it once on 401 or
/// before it expires (social-apis.md §2.2).
/// </summary>
internal sealed class XApiClient(HttpClient http, XTokenKeeper tokens, TimeProvider time, ILogger<XApiClient> logger)
{
    public static Uri BaseUrl(SourceAccount account) => new((account.Setting("BaseUrl") ?? "https://api.x.com").TrimEnd('/') + "/");

    public async Task<XCall> SendAsync(
        SourceAccount account, string endpoint, Func<HttpRequestMessage> build, CallCounter calls, CancellationToken cancellationToken)
    {
        var current = await tokens.CurrentAsync(account, http, calls, cancellationToken);
        if (current.Error is not null)
        {
            return XCall.Fail(current.Error);
        }

        var (status, body, headers, failure) = await TrySendAsync(build, current.Tokens!.AccessToken, calls, cancellationToken);
        if (status == HttpStatusCode.Unauthorized)
        {
            // An access token can be revoked before its expiry: one refresh, one retry.
            var renewed = await tokens.RefreshAsync(account, current.Tokens, http, calls, cancellationToken);
            if (renewed.Error is not null)
            {
                return XCall.Fail(renewed.Error);
            }

            (status, body, headers, failure) = await TrySendAsync(build, renewed.Tokens!.AccessToken, calls, cancellationToken);
        }

        if (failure is not null)
        {
            return failure;
        }

        if ((int)status is >= 200 and < 300)
        {
            return XCall.Ok(body);
        }

        XLog.CallFailed(logger, account.Id, endpoint, (int)status);
        return XCall.Fail(XErrors.From(status, body, headers!, time.GetUtcNow()));
    }

    private async Task<(HttpStatusCode Status, string Body, HttpResponseHeaders? Headers, XCall? Failure)> TrySendAsync(
        Func<HttpRequestMessage> build, string accessToken, CallCounter calls, CancellationToken cancellationToken)
    {
        using var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        calls.Add();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.StatusCode, body, response.Headers, null);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return (0, "", null, XCall.Fail(new ConnectorError.Unavailable("X could not be reached.")));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The request may have reached X: the caller must not repeat a write blindly.
            return (0, "", null, XCall.Fail(new ConnectorError.Unavailable("No answer from X."), maybeDelivered: true));
        }
    }
}
