using System.Collections.Frozen;

namespace SomeTeams.Core.Triage;

/// <summary>A language's typical word endings, looked up by each suffix length instead of compared one by one.</summary>
internal sealed class WordEndings
{
    public WordEndings(IEnumerable<string> endings)
    {
        var all = endings.Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        Set = all.GetAlternateLookup<ReadOnlySpan<char>>();
        Shortest = all.Count == 0 ? int.MaxValue : all.Min(e => e.Length);
        Longest = all.Count == 0 ? 0 : all.Max(e => e.Length);
    }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set { get; }

    public int Shortest { get; }

    public int Longest { get; }
}
