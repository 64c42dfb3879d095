using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// The typed HttpClient for the Graph API (Facebook Pages and Instagram). Base address and
/// version per account (<c>BaseUrl</c>, <c>ApiVersion</c>); the token travels in the
/// Authorization header, never in a URL that could reach a log (social-apis.md §3.2).
/// </summary>
internal sealed class GraphClient(HttpClient http, ILogger<GraphClient> logger)
{
    private const int HighUsagePercent = 75;
    private const int MaxPages = 200;

    public static Uri Root(SourceAccount account, string defaultBase) =>
        new($"{(account.Setting("BaseUrl") ?? defaultBase).TrimEnd('/')}/{account.Setting("ApiVersion") ?? "v25.0"}/");

    public async Task<GraphCall> SendAsync(
        SourceAccount account, string network, HttpMethod method, Uri url, Func<HttpContent?> content, CallCounter calls, CancellationToken cancellationToken)
    {
        if (account.Setting("AccessToken") is not { Length: > 0 } token)
        {
            return GraphCall.Fail(new ConnectorError.AuthExpired($"No {network} access token is configured; connect the account."));
        }

        using var request = new HttpRequestMessage(method, WithProof(account, url, token)) { Content = content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        calls.Add();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var usage = GraphUsage.Read(response.Headers);
            if (usage.Percent >= HighUsagePercent)
            {
                GraphLog.HighUsage(logger, network, account.Id, usage.Percent);
            }

            if (response.IsSuccessStatusCode)
            {
                return GraphCall.Ok(body);
            }

            GraphLog.CallFailed(logger, network, account.Id, (int)response.StatusCode);
            return GraphCall.Fail(GraphErrors.From(network, response.StatusCode, body, usage));
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return GraphCall.Fail(new ConnectorError.Unavailable($"{network} could not be reached."));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return GraphCall.Fail(new ConnectorError.Unavailable($"No answer from {network}."), maybeDelivered: true);
        }
    }

    /// <summary>Reads every page from <paramref name="first"/> by following <c>paging.next</c>, until it is absent or <paramref name="enough"/> says stop.</summary>
    public async Task<(List<JsonElement> Items, ConnectorError? Error)> DrainAsync(
        SourceAccount account, string network, Uri root, Uri first, CallCounter calls, CancellationToken cancellationToken, Func<JsonElement, bool>? enough = null)
    {
        var items = new List<JsonElement>();
        var next = first;
        for (var pages = 1; ; pages++)
        {
            var call = await SendAsync(account, network, HttpMethod.Get, next, () => null, calls, cancellationToken);
            if (call.Error is not null)
            {
                return (items, call.Error);
            }

            GraphPage? page;
            try
            {
                page = JsonSerializer.Deserialize(call.Body!, GraphJson.Default.GraphPage);
            }
            catch (JsonException)
            {
                return (items, new ConnectorError.Unavailable($"{network} returned a page that is not readable JSON."));
            }

            var data = page?.Data ?? [];
            items.AddRange(data);
            if (data.Any(i => enough?.Invoke(i) == true) || page?.Paging?.Next is null)
            {
                return (items, null);
            }

            // Stopping early without an error would store a cursor past items never read.
            if (pages == MaxPages)
            {
                return (items, new ConnectorError.Unavailable($"{network} returned more than {MaxPages} pages; the fetch will resume from the old cursor."));
            }

            if (Follow(account, network, root, page.Paging.Next) is not { } following)
            {
                return (items, new ConnectorError.Rejected($"{network} sent a paging link that is not on the configured host."));
            }

            next = following;
        }
    }

    // paging.next is absolute and carries access_token: follow it only on the configured host
    // (the bearer token must not go elsewhere) and drop the token from the query.
    public Uri? Follow(SourceAccount account, string network, Uri root, string next)
    {
        if (!Uri.TryCreate(next, UriKind.Absolute, out var uri) || Uri.Compare(uri, root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            GraphLog.ForeignPagingLink(logger, network, account.Id);
            return null;
        }

        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("access_token=", StringComparison.Ordinal) && !p.StartsWith("appsecret_proof=", StringComparison.Ordinal));
        return new UriBuilder(uri) { Query = string.Join('&', query) }.Uri;
    }

    // "Require App Secret" apps must prove every call with HMAC-SHA256(app secret, token) (§3.1).
    private static Uri WithProof(SourceAccount account, Uri url, string token)
    {
        if (account.Setting("AppSecret") is not { Length: > 0 } secret)
        {
            return url;
        }

        var proof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(token)));
        var separator = url.Query.Length > 1 ? "&" : "";
        return new UriBuilder(url) { Query = url.Query.TrimStart('?') + separator + "appsecret_proof=" + proof }.Uri;
    }
}
