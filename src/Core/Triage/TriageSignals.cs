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
    private TopicScores topicTokens;
    private TopicScores topicWeights;
    private (int Token, int Weight) lastPositive;
    private (int Token, int Weight) lastNegative;
    public int Positive;
    public int Negative;
    public SensitiveReasons Reasons;
    private int lastNegation;

    public TriageSignals()
    {
        lastNegation = int.MinValue / 2;
        ((Span<int>)topicTokens).Fill(-1);
        lastPositive = lastNegative = (-1, 0);
    }

    public void Hit(int category, int weight, int tokenIndex, int tokenCount)
    {
        switch (category)
        {
            case < TopicScores.TopicCount:
                Topics[category] += Once(ref topicTokens[category], ref topicWeights[category], tokenIndex, weight);
                break;
            case CompiledRules.Negation:
                lastNegation = tokenIndex;
                break;
            // A positive word right after a negation ("ei hyvä", "inte bra", "not great") counts against.
            case CompiledRules.Positive when tokenIndex - lastNegation <= 2:
                Negative += Once(ref lastNegative.Token, ref lastNegative.Weight, tokenIndex, weight);
                break;
            case CompiledRules.Positive:
                Positive += Once(ref lastPositive.Token, ref lastPositive.Weight, tokenIndex, weight);
                break;
            case CompiledRules.Negative:
                Negative += Once(ref lastNegative.Token, ref lastNegative.Weight, tokenIndex, weight);
                break;
            case >= CompiledRules.SensitiveBase:
                Reasons |= (SensitiveReasons)(category - CompiledRules.SensitiveBase);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Several terms may match from the same word ("odot*" and "odottanut"); the word counts
    /// once, with the heaviest weight, so a rule file can list a stem and its forms freely.
    /// </summary>
    private static int Once(ref int lastToken, ref int lastWeight, int tokenIndex, int weight)
    {
        if (lastToken != tokenIndex)
        {
            lastToken = tokenIndex;
            lastWeight = weight;
            return weight;
        }

        var added = Math.Max(0, weight - lastWeight);
        lastWeight = Math.Max(lastWeight, weight);
        return added;
    }
}
