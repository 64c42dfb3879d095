namespace SomeTeams.Core.Stats;

/// <summary>The cases a report counts: those opened at or after <see cref="From"/> and before <see cref="To"/> (UTC, end exclusive).</summary>
public sealed record StatsPeriod
{
    public StatsPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A stats period must end ({to:O}) after it starts ({from:O}).", nameof(to));
        }
        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public bool Contains(DateTimeOffset instant) => From <= instant && instant < To;
}
