namespace SomeTeams.Storage.Cursors;

/// <summary>
/// A poller's position in one source. <see cref="Version"/> is what the poller read; a write
/// with an older version is refused, so a slow poller cannot move the cursor backwards.
/// </summary>
public sealed record Cursor(string SourceId, string? Value, CursorVersion Version)
{
    /// <summary>The source asked us to wait (rate limit, spent quota): no fetch before this.</summary>
    public DateTimeOffset? BackoffUntil { get; init; }

    /// <summary>The last fetch's failure (e.g. an expired token), kept visible until a fetch succeeds.</summary>
    public string? LastError { get; init; }
}

/// <summary>An opaque version of a stored cursor; <see cref="None"/> when nothing is stored yet.</summary>
public readonly record struct CursorVersion(string ETag)
{
    public static CursorVersion None => new("");

    public bool IsNone => string.IsNullOrEmpty(ETag);
}
