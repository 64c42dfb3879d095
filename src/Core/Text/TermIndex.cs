using System.Collections.Frozen;

namespace SomeTeams.Core.Text;

/// <summary>Receives each rule term found in a text, in token order.</summary>
public interface ITermSink
{
    void Hit(int category, int weight, int tokenIndex, int tokenCount);
}

/// <summary>
/// Rule terms compiled once for fast lookups: a token is looked up whole, then by each of its
/// prefixes (stems), then against the few compound parts; no allocation per text.
/// </summary>
public sealed class TermIndex
{
    private sealed record Entry(TermPart[] Rest, int Category, int Weight);

    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> stems;
    private readonly (string Part, Entry Entry)[] infixes;
    private readonly int minStem;
    private readonly int maxStem;

    private TermIndex(IEnumerable<(TermPattern Pattern, int Category)> terms)
    {
        var byWord = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var inside = new List<(string, Entry)>();
        foreach (var (pattern, category) in terms)
        {
            var first = pattern.Parts[0];
            var entry = new Entry(pattern.Parts[1..], category, pattern.Weight);
            switch (first.Kind)
            {
                case PartKind.Word: Add(byWord, first.Text, entry); break;
                case PartKind.Stem: Add(byStem, first.Text, entry); break;
                default: inside.Add((first.Text, entry)); break;
            }
        }

        words = byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        stems = byStem.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        infixes = [.. inside];
        minStem = byStem.Count == 0 ? int.MaxValue : byStem.Keys.Min(k => k.Length);
        maxStem = byStem.Count == 0 ? 0 : byStem.Keys.Max(k => k.Length);
    }

    /// <summary>Compiles terms written in the rule syntax (<see cref="TermPattern"/>) with the category each one counts for.</summary>
    public static TermIndex Build(IEnumerable<(string Term, int Category)> terms) =>
        new(terms.Select(t => (TermPattern.Parse(t.Term), t.Category)));

    public void Scan<TSink>(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, ref TSink sink)
        where TSink : ITermSink, allows ref struct
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].In(lower);
            if (words.TryGetValue(token, out var found))
            {
                Emit(found, lower, tokens, i, ref sink);
            }

            for (var k = minStem; k <= Math.Min(token.Length, maxStem); k++)
            {
                if (stems.TryGetValue(token[..k], out found))
                {
                    Emit(found, lower, tokens, i, ref sink);
                }
            }

            foreach (var (part, entry) in infixes)
            {
                if (token.Contains(part, StringComparison.Ordinal) && RestMatches(entry.Rest, lower, tokens, i))
                {
                    sink.Hit(entry.Category, entry.Weight, i, entry.Rest.Length + 1);
                }
            }
        }
    }

    private static void Emit<TSink>(Entry[] entries, ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int i, ref TSink sink)
        where TSink : ITermSink, allows ref struct
    {
        foreach (var entry in entries)
        {
            if (RestMatches(entry.Rest, lower, tokens, i))
            {
                sink.Hit(entry.Category, entry.Weight, i, entry.Rest.Length + 1);
            }
        }
    }

    private static bool RestMatches(TermPart[] rest, ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + rest.Length >= tokens.Length)
        {
            return rest.Length == 0;
        }

        for (var r = 0; r < rest.Length; r++)
        {
            if (!rest[r].Matches(tokens[i + 1 + r].In(lower)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Dictionary<string, List<Entry>> map, string key, Entry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }
}
