using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SomeTeams.Connectors.Mastodon;

/// <summary>
/// Typed client for one Mastodon instance per account: the base address and the bearer token
/// come from the account's settings (<c>BaseUrl</c>, <c>AccessToken</c>) on every call.
/// </summary>
internal sealed class MastodonClient(HttpClient http, TimeProvider time)
{
    public const int PageSize = 80;

    public Task<CallResult<List<JsonElement>>> MentionNotificationsAsync(SourceAccount account, string? minId, CancellationToken cancellationToken)
    {
        var query = $"api/v1/notifications?types[]=mention&limit={PageSize}" + (minId is null ? string.Empty : $"&min_id={Uri.EscapeDataString(minId)}");
        return SendAsync(account, HttpMethod.Get, query, null, null, MastodonJson.Default.ListJsonElement, cancellationToken);
    }

    public Task<CallResult<MastodonAccount>> VerifyCredentialsAsync(SourceAccount account, CancellationToken cancellationToken) =>
        SendAsync(account, HttpMethod.Get, "api/v1/accounts/verify_credentials", null, null, MastodonJson.Default.MastodonAccount, cancellationToken);

    public Task<CallResult<MastodonContext>> ContextAsync(SourceAccount account, string statusId, CancellationToken cancellationToken) =>
        SendAsync(account, HttpMethod.Get, $"api/v1/statuses/{Uri.EscapeDataString(statusId)}/context", null, null, MastodonJson.Default.MastodonContext, cancellationToken);

    public Task<CallResult<MastodonStatus>> StatusAsync(SourceAccount account, string statusId, CancellationToken cancellationToken) =>
        SendAsync(account, HttpMethod.Get, $"api/v1/statuses/{Uri.EscapeDataString(statusId)}", null, null, MastodonJson.Default.MastodonStatus, cancellationToken);

    /// <summary>Posts a status; the idempotency key makes a retry within an hour return the same status ([DOC] statuses.md).</summary>
    public Task<CallResult<MastodonStatus>> PostStatusAsync(SourceAccount account, MastodonNewStatus status, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(account, HttpMethod.Post, "api/v1/statuses", JsonContent.Create(status, MastodonJson.Default.MastodonNewStatus), idempotencyKey, MastodonJson.Default.MastodonStatus, cancellationToken);

    public Task<CallResult<JsonElement>> PostAsync(SourceAccount account, string path, CancellationToken cancellationToken) =>
        SendAsync(account, HttpMethod.Post, path, null, null, MastodonJson.Default.JsonElement, cancellationToken);

    private async Task<CallResult<T>> SendAsync<T>(
        SourceAccount account, HttpMethod method, string relative, HttpContent? content, string? idempotencyKey, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var baseUrl = account.Setting("BaseUrl");
        var token = account.Setting("AccessToken");
        if (baseUrl is null || token is null)
        {
            return CallResult<T>.Fail(new ConnectorError.AuthExpired("The Mastodon account needs BaseUrl and AccessToken settings."));
        }

        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await HttpSend.JsonAsync(http, request, type, (r, b) => MastodonErrors.From(r, b, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }
}
