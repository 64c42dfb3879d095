namespace SomeTeams.TestKit.Fakes;

/// <summary>One request the fake connector received, as sent on the wire.</summary>
/// <param name="RawTarget">The path and query exactly as sent, still percent-encoded.</param>
/// <param name="Segments">The path segments, decoded.</param>
/// <param name="LimitedAs">For a write, the tenant and conversation (a channel without <c>;messageid</c>) whose limits it counts against.</param>
public sealed record ConnectorRequest(
    string Method,
    string RawTarget,
    IReadOnlyList<string> Segments,
    string? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset At,
    int StatusCode,
    (string Tenant, string Conversation)? LimitedAs = null);

/// <summary>An answer to force on the next matching request (e.g. 429 with Retry-After, 502, 412).</summary>
public sealed record InjectedFailure(int StatusCode, TimeSpan? RetryAfter = null, string? ErrorCode = null, bool DropConnection = false);
