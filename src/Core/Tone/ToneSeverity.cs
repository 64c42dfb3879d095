namespace SomeTeams.Core.Tone;

/// <summary>How much a finding holds a reply back.</summary>
public enum ToneSeverity
{
    /// <summary>Advice only (the three magic words).</summary>
    Suggestion,

    /// <summary>Worth fixing; does not stop the reply.</summary>
    Warning,

    /// <summary>"Count to three": a manager approves the reply before it goes.</summary>
    Blocking,

    /// <summary>The reply cannot be sent at all as written (over the length limit, personal data in public).</summary>
    Prohibited,
}
