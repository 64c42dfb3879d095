namespace SomeTeams.Core.Triage;

/// <summary>
/// The triage rules of one language, as written in a rule file (terms in the syntax of
/// Text/TermPattern: "lasku*", "ei toimi^2"). Language "*" holds terms that count in every
/// language (emoji, error codes). Detection cues: whole words, word endings and fragments.
/// </summary>
public sealed record LanguageRules(
    string Language,
    IReadOnlyList<string> DetectWords,
    IReadOnlyList<string> DetectEndings,
    IReadOnlyList<string> DetectFragments,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> Positive,
    IReadOnlyList<string> Negative,
    IReadOnlyDictionary<Topic, IReadOnlyList<string>> Topics,
    IReadOnlyDictionary<SensitiveReasons, IReadOnlyList<string>> Sensitive,
    Topic? QuestionTopic)
{
    public const string Everywhere = "*";

    /// <summary>Adds the terms of <paramref name="extra"/> (same language) to these; a brand file extends the defaults.</summary>
    public LanguageRules Plus(LanguageRules extra) => new(
        Language,
        [.. DetectWords, .. extra.DetectWords],
        [.. DetectEndings, .. extra.DetectEndings],
        [.. DetectFragments, .. extra.DetectFragments],
        [.. Negations, .. extra.Negations],
        [.. Positive, .. extra.Positive],
        [.. Negative, .. extra.Negative],
        Join(Topics, extra.Topics),
        Join(Sensitive, extra.Sensitive),
        extra.QuestionTopic ?? QuestionTopic);

    private static Dictionary<TKey, IReadOnlyList<string>> Join<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<string>> a, IReadOnlyDictionary<TKey, IReadOnlyList<string>> b)
        where TKey : notnull
    {
        var joined = a.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (key, terms) in b)
        {
            joined[key] = joined.TryGetValue(key, out var have) ? [.. have, .. terms] : terms;
        }

        return joined;
    }
}
