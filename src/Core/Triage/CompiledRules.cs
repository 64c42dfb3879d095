using SomeTeams.Core.Text;

namespace SomeTeams.Core.Triage;

/// <summary>Rule terms compiled once per rule set, so a triage call only looks things up.</summary>
internal sealed class CompiledRules
{
    public const int Positive = 20;
    public const int Negative = 21;
    public const int Negation = 22;
    public const int SensitiveBase = 1000;

    public CompiledRules(TriageRules rules)
    {
        var everywhere = rules.Languages.Where(l => l.Language == LanguageRules.Everywhere).ToArray();
        var languages = rules.Languages.Where(l => l.Language != LanguageRules.Everywhere).ToArray();
        Codes = [.. languages.Select(l => l.Language)];
        Endings = [.. languages.Select(l => new WordEndings(l.DetectEndings.Select(TermPatternText)))];
        Fragments = [.. languages.Select(l => l.DetectFragments.Select(TermPatternText).ToArray())];
        Detect = TermIndex.Build(languages.SelectMany((l, i) => l.DetectWords.Select(w => (w, i))));
        Analysis = [.. languages.Select(l => TermIndex.Build(Terms([l, .. everywhere])))];
        Mixed = TermIndex.Build(Terms(rules.Languages));
        QuestionTopics = [.. languages.Select(l => l.QuestionTopic)];
    }

    public string[] Codes { get; }

    public WordEndings[] Endings { get; }

    public string[][] Fragments { get; }

    public TermIndex Detect { get; }

    public TermIndex[] Analysis { get; }

    /// <summary>Every language's terms together, for text whose language is none of ours.</summary>
    public TermIndex Mixed { get; }

    public Topic?[] QuestionTopics { get; }

    private static string TermPatternText(string s) => TermPattern.Normalize(s);

    private static IEnumerable<(string, int)> Terms(IEnumerable<LanguageRules> set)
    {
        foreach (var l in set)
        {
            foreach (var t in l.Negations)
            {
                yield return (t, Negation);
            }

            foreach (var t in l.Positive)
            {
                yield return (t, Positive);
            }

            foreach (var t in l.Negative)
            {
                yield return (t, Negative);
            }

            foreach (var (topic, terms) in l.Topics)
            {
                foreach (var t in terms)
                {
                    yield return (t, (int)topic);
                }
            }

            foreach (var (reason, terms) in l.Sensitive)
            {
                foreach (var t in terms)
                {
                    yield return (t, SensitiveBase + (int)reason);
                }
            }
        }
    }
}
