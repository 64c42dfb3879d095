using System.Runtime.CompilerServices;
using SomeTeams.Core.Text;

namespace SomeTeams.Core.Tone;

[InlineArray(Count)]
internal struct ToneCounts
{
    public const int Count = 9;
    private int first;
}

/// <summary>Counts each kind of tone term and marks the words that canned phrases and filler cover.</summary>
internal ref struct ToneSignals(Span<bool> covered) : ITermSink
{
    private readonly Span<bool> covered = covered;
    public ToneCounts Counts;

    public void Hit(int category, int weight, int tokenIndex, int tokenCount)
    {
        Counts[category]++;
        if ((ToneTerm)category is ToneTerm.Canned or ToneTerm.Filler or ToneTerm.Thanks or ToneTerm.Apology or ToneTerm.Please)
        {
            covered.Slice(tokenIndex, Math.Min(tokenCount, covered.Length - tokenIndex)).Fill(true);
        }
    }

    public readonly int Of(ToneTerm term) => Counts[(int)term];
}
