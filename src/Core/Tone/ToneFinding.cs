namespace SomeTeams.Core.Tone;

/// <summary>One thing the tone check found, with a short explanation in the draft's language for the card.</summary>
public sealed record ToneFinding(string Code, ToneSeverity Severity, string Message);
