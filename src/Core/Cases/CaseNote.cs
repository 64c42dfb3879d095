namespace SomeTeams.Core.Cases;

/// <summary>An internal note on a case (handover, context); never sent to the customer.</summary>
public sealed record CaseNote(Actor Author, string Text, DateTimeOffset At);
