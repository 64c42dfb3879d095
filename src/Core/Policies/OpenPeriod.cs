namespace SomeTeams.Core.Policies;

/// <summary>A stretch of real time, in UTC, during which the team is open; <see cref="End"/> is exclusive.</summary>
public readonly record struct OpenPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;
}
