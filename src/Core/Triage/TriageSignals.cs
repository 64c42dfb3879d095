using System.Runtime.CompilerServices;
using SomeTeams.Core.Text;

namespace SomeTeams.Core.Triage;

[InlineArray(TopicCount)]
internal struct TopicScores
{
    public const int TopicCount = 10;
    private int first;
}

/// <summary>Adds up what the rule terms of one text say: topic scores, mood, negations and sensitive reasons.</summary>
internal struct TriageSignals : ITermSink
{
    public TopicScores Topics;
    public int Positive;
    public int Negative;
    public SensitiveReasons Reasons;
    private int lastNegation;

    public TriageSignals() => lastNegation = int.MinValue / 2;

    public void Hit(int category, int weight, int tokenIndex, int tokenCount)
    {
        switch (category)
        {
            case < TopicScores.TopicCount:
                Topics[category] += weight;
                break;
            case CompiledRules.Negation:
                lastNegation = tokenIndex;
                break;
            // A positive word right after a negation ("ei hyvä", "inte bra", "not great") counts against.
            case CompiledRules.Positive when tokenIndex - lastNegation <= 2:
                Negative += weight;
                break;
            case CompiledRules.Positive:
                Positive += weight;
                break;
            case CompiledRules.Negative:
                Negative += weight;
                break;
            case >= CompiledRules.SensitiveBase:
                Reasons |= (SensitiveReasons)(category - CompiledRules.SensitiveBase);
                break;
            default:
                break;
        }
    }
}
