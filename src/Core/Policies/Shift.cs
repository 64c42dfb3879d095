namespace SomeTeams.Core.Policies;

/// <summary>
/// One person's working stretch in UTC, end exclusive. Filled from a configured
/// <see cref="WeeklyRota"/> or, for teams on Teams Shifts, from the Graph schedule (its shared
/// shifts carry a user id and UTC start and end; the role comes from the team's settings).
/// </summary>
public sealed record Shift
{
    public Shift(string personId, string displayName, ShiftRole role, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        ArgumentNullException.ThrowIfNull(displayName);
        if (end <= start)
        {
            throw new ArgumentException($"A shift of {personId} ends ({end:O}) before it starts ({start:O}).", nameof(end));
        }
        PersonId = personId;
        DisplayName = displayName;
        Role = role;
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public string PersonId { get; }

    public string DisplayName { get; }

    public ShiftRole Role { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public bool CanApprove => Role is ShiftRole.Approver or ShiftRole.Manager;

    public bool Covers(DateTimeOffset instant) => Start <= instant && instant < End;
}
