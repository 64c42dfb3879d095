using SomeTeams.Core.Text;

namespace SomeTeams.Core.Triage;

/// <summary>
/// Scores each language by its cue words, word endings (Finnish cases: -ssa, -lla, -sta…) and
/// letter fragments (å, double vowels). Short informal text usually carries a few of each.
/// </summary>
internal static class LanguageDetector
{
    private ref struct Scores(Span<int> perLanguage) : ITermSink
    {
        private readonly Span<int> perLanguage = perLanguage;

        public readonly void Hit(int category, int weight, int tokenIndex, int tokenCount) => perLanguage[category] += weight;
    }

    /// <summary>The index of the best language in <see cref="CompiledRules.Codes"/>, or -1 when nothing points anywhere.</summary>
    public static int Detect(CompiledRules rules, ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens)
    {
        Span<int> perLanguage = stackalloc int[rules.Codes.Length];
        var sink = new Scores(perLanguage);
        rules.Detect.Scan(lower, tokens, ref sink);
        foreach (var token in tokens)
        {
            var word = token.In(lower);
            if (word.Length < 3 || !char.IsLetter(word[0]))
            {
                continue;
            }

            for (var l = 0; l < perLanguage.Length; l++)
            {
                perLanguage[l] += EndsWithAny(word, rules.Endings[l]) + ContainsAny(word, rules.Fragments[l]);
            }
        }

        var best = -1;
        var bestScore = 0;
        for (var l = 0; l < perLanguage.Length; l++)
        {
            if (perLanguage[l] > bestScore)
            {
                best = l;
                bestScore = perLanguage[l];
            }
        }

        return best;
    }

    private static int EndsWithAny(ReadOnlySpan<char> word, WordEndings endings)
    {
        for (var n = endings.Shortest; n <= Math.Min(endings.Longest, word.Length - 2); n++)
        {
            if (endings.Set.Contains(word[^n..]))
            {
                return 1;
            }
        }

        return 0;
    }

    private static int ContainsAny(ReadOnlySpan<char> word, string[] fragments)
    {
        foreach (var f in fragments)
        {
            if (word.Contains(f, StringComparison.Ordinal))
            {
                return 1;
            }
        }

        return 0;
    }
}
