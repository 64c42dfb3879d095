namespace SomeTeams.Core.Text;

/// <summary>A word, number or symbol inside a lower-cased text buffer: offsets, never a copy.</summary>
public readonly record struct Token(int Start, int Length)
{
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
