namespace SomeTeams.Storage.Notices;

/// <summary>Where a once-only notice stands: taken by a sender, sent, or sent with an outcome nobody knows.</summary>
public enum NoticeMarkState
{
    /// <summary>A sender took it and is sending (or crashed while sending: see NoticeMarkStore).</summary>
    Reserved,

    Sent,

    /// <summary>The request left and no answer came back: it may have arrived, so it is never sent again.</summary>
    Unknown,
}

/// <summary>
/// The durable "this notice is taken" row of one notice: <paramref name="Scope"/> is what it is
/// about (a case id, "handover"), <paramref name="Key"/> which notice (a threshold and the clock
/// start it belongs to, a shift change); <paramref name="ETag"/> guards every later change.
/// </summary>
public sealed record NoticeMark(string Scope, string Key, NoticeMarkState State, DateTimeOffset At, string? Detail, string ETag);
