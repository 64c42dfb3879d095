namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>How a connector call ended; the caller decides what a failure means for its case.</summary>
public enum ConnectorOutcome
{
    Ok,

    /// <summary>A permanent refusal (400, 401, 403, 404): retrying will not help; see the error code.</summary>
    Rejected,

    /// <summary>Still 429 after the retries, or asked to wait longer than we wait inline; try after <c>RetryAfter</c>.</summary>
    Throttled,

    /// <summary>Still 412/502/503/504 after the retries, and nothing was changed: safe to try later.</summary>
    Unavailable,

    /// <summary>A post may or may not have been delivered (502/504/500 or a lost connection after sending); never resend blindly.</summary>
    OutcomeUnknown,

    /// <summary>The serviceUrl is not a trusted connector host; nothing was sent.</summary>
    Untrusted,

    /// <summary>The activity is over Teams' size limit (checked before sending, or a 413): shrink it, do not retry.</summary>
    TooLarge,
}

public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value = default, int? StatusCode = null, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Outcome == ConnectorOutcome.Ok;
}
