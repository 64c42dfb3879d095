using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>
/// XRPC calls for one account (settings <c>BaseUrl</c>, <c>Handle</c>, <c>AppPassword</c>) with the
/// session kept in the host's store: an expired access token is refreshed with refreshSession and
/// the call repeated once; createSession runs only when there is no session or the refresh token
/// is dead, and a refused app password is not tried again until it changes (social-apis.md §6.1).
/// </summary>
internal sealed class BlueskyClient(HttpClient http, IBlueskySessionStore store, TimeProvider time, ILogger<BlueskyClient> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> refusedPasswords = new(StringComparer.Ordinal);

    public async Task<CallResult<BlueskySession>> SessionAsync(SourceAccount account, CallTally tally, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(account.Id, cancellationToken).ConfigureAwait(false);
        return stored is not null ? CallResult<BlueskySession>.Ok(stored) : await RenewAsync(account, null, tally, cancellationToken).ConfigureAwait(false);
    }

    public Task<CallResult<T>> QueryAsync<T>(SourceAccount account, string nsidAndQuery, JsonTypeInfo<T> type, CallTally tally, CancellationToken cancellationToken, string? proxy = null) =>
        SendAsync(account, _ => Request(account, HttpMethod.Get, nsidAndQuery, null, proxy), type, tally, cancellationToken);

    public Task<CallResult<T>> ProcedureAsync<T>(SourceAccount account, string nsid, Func<BlueskySession, HttpContent> body, JsonTypeInfo<T> type, CallTally tally, CancellationToken cancellationToken, string? proxy = null) =>
        SendAsync(account, s => Request(account, HttpMethod.Post, nsid, body(s), proxy), type, tally, cancellationToken);

    private async Task<CallResult<T>> SendAsync<T>(SourceAccount account, Func<BlueskySession, HttpRequestMessage?> build, JsonTypeInfo<T> type, CallTally tally, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(account, tally, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            if (session.Error is not null)
            {
                return session.As<T>();
            }

            using var request = build(session.Value!);
            if (request is null)
            {
                return CallResult<T>.Fail(new ConnectorError.AuthExpired("The Bluesky account needs a BaseUrl setting."));
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Value!.AccessJwt);
            var expired = false;
            tally.Add();
            var result = await HttpSend.JsonAsync(http, request, type, (r, b) =>
            {
                expired = BlueskyErrors.IsExpiredAccess(r.StatusCode, BlueskyErrors.Read(b).Name);
                return BlueskyErrors.From(r, b, time.GetUtcNow());
            }, cancellationToken).ConfigureAwait(false);
            if (!expired || attempt > 0)
            {
                return result;
            }

            session = await RenewAsync(account, session.Value, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CallResult<BlueskySession>> RenewAsync(SourceAccount account, BlueskySession? stale, CallTally tally, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(account.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed it while this one waited.
            var current = await store.LoadAsync(account.Id, cancellationToken).ConfigureAwait(false);
            if (current is not null && current != stale)
            {
                return CallResult<BlueskySession>.Ok(current);
            }

            if (current is not null)
            {
                var refreshed = await SessionCallAsync(account, "com.atproto.server.refreshSession", current.RefreshJwt, null, tally, "refreshed", cancellationToken).ConfigureAwait(false);
                if (refreshed.Error is not ConnectorError.AuthExpired)
                {
                    return refreshed;
                }
            }

            return await LoginAsync(account, tally, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<CallResult<BlueskySession>> LoginAsync(SourceAccount account, CallTally tally, CancellationToken cancellationToken)
    {
        var (handle, password) = (account.Setting("Handle"), account.Setting("AppPassword"));
        if (handle is null || password is null)
        {
            return CallResult<BlueskySession>.Fail(new ConnectorError.AuthExpired("The Bluesky account needs Handle and AppPassword settings."));
        }

        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        if (refusedPasswords.TryGetValue(account.Id, out var refused) && refused == fingerprint)
        {
            return CallResult<BlueskySession>.Fail(new ConnectorError.AuthExpired("Bluesky refused the app password; an admin must set a new one."));
        }

        var login = JsonContent.Create(new XrpcLogin(handle, password), BlueskyJson.Default.XrpcLogin);
        var result = await SessionCallAsync(account, "com.atproto.server.createSession", null, login, tally, "logged in", cancellationToken).ConfigureAwait(false);
        // Any refusal but a rate limit or an outage (wrong password, 2FA required, taken down)
        // will not change by itself: do not spend the scarce createSession budget on it again.
        if (result.Error is ConnectorError.AuthExpired or ConnectorError.Rejected)
        {
            refusedPasswords[account.Id] = fingerprint;
            return CallResult<BlueskySession>.Fail(new ConnectorError.AuthExpired($"Bluesky refused the app password; an admin must set a new one ({result.Error.Reason})."));
        }

        return result;
    }

    private async Task<CallResult<BlueskySession>> SessionCallAsync(SourceAccount account, string nsid, string? bearer, HttpContent? body, CallTally tally, string step, CancellationToken cancellationToken)
    {
        using var request = Request(account, HttpMethod.Post, nsid, body, null);
        if (request is null)
        {
            return CallResult<BlueskySession>.Fail(new ConnectorError.AuthExpired("The Bluesky account needs a BaseUrl setting."));
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        tally.Add();
        var answer = await HttpSend.JsonAsync(http, request, BlueskyJson.Default.XrpcSession, (r, b) => BlueskyErrors.From(r, b, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (answer.Error is not null)
        {
            ConnectorEvents.SessionFailed(logger, Network.Bluesky, account.Id, nsid, answer.Error.GetType().Name);
            return answer.As<BlueskySession>();
        }

        if (answer.Value is not { Did: { } did, Handle: { } handle, AccessJwt: { } access, RefreshJwt: { } refresh })
        {
            return CallResult<BlueskySession>.Fail(new ConnectorError.Unavailable("session answer without tokens"));
        }

        var session = new BlueskySession(did, handle, access, refresh);
        await store.SaveAsync(account.Id, session, cancellationToken).ConfigureAwait(false);
        ConnectorEvents.Session(logger, Network.Bluesky, account.Id, step);
        return CallResult<BlueskySession>.Ok(session);
    }

    private static HttpRequestMessage? Request(SourceAccount account, HttpMethod method, string nsid, HttpContent? body, string? proxy)
    {
        if (!Uri.TryCreate(account.Setting("BaseUrl")?.TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl))
        {
            return null;
        }

        var request = new HttpRequestMessage(method, new Uri(baseUrl, "xrpc/" + nsid)) { Content = body };
        if (proxy is not null)
        {
            request.Headers.Add("atproto-proxy", proxy);
        }

        return request;
    }
}
