using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Policies;

/// <summary>One weekly line of a configured rota in the team's local time; <see cref="Ends"/> at or before <see cref="Starts"/> runs past midnight.</summary>
public sealed record RotaEntry(Actor Person, DayOfWeek Day, TimeOnly Starts, TimeOnly Ends);
