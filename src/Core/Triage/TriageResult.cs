namespace SomeTeams.Core.Triage;

/// <summary>
/// What triage decided about a mention. <paramref name="Language"/> is "fi", "sv", "en" or "other".
/// A sensitive case needs approval for any reply and suggests moving to a private channel.
/// </summary>
public sealed record TriageResult(
    string Language,
    Sentiment Sentiment,
    Topic Topic,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<PersonalDataKind> PersonalData,
    bool Sensitive,
    Priority Priority);
