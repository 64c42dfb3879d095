using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Policies;

/// <summary>
/// One person's working stretch in UTC, end exclusive. Filled from a configured
/// <see cref="WeeklyRota"/> or, for teams on Teams Shifts, from the Graph schedule (its shared
/// shifts carry a user id and UTC start and end; the roles come from the team's settings).
/// </summary>
public sealed record Shift
{
    public Shift(Actor person, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (end <= start)
        {
            throw new ArgumentException($"A shift of {person.Id} ends ({end:O}) before it starts ({start:O}).", nameof(end));
        }
        Person = person;
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public Actor Person { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public bool Covers(DateTimeOffset instant) => Start <= instant && instant < End;
}
