namespace SomeTeams.Core.Policies;

/// <summary>A day the team is closed, named in Finnish as the calendar prints it.</summary>
public sealed record Holiday(DateOnly Date, string Name);
