using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Triage;

/// <summary>Turns the summed signals of a text into the triage result.</summary>
internal static class TriageDecision
{
    // Ties go to the topic that needs the care team most.
    private static readonly Topic[] Precedence =
    [
        Topic.Abuse, Topic.Outage, Topic.Login, Topic.Billing, Topic.Cancellation,
        Topic.WaitingTime, Topic.Delivery, Topic.ProductQuestion, Topic.Praise,
    ];

    private const int SecondaryMinimum = 2;

    public static TriageAnalysis Decide(
        string language, ref TriageSignals signals, IReadOnlyList<PersonalDataFinding> personal, bool isQuestion, Topic? questionTopic,
        Network network, long? followers, TimeSpan age, PriorityRules priorityRules)
    {
        var mood = signals.Positive - signals.Negative;
        var sentiment = mood > 0 ? Sentiment.Positive : mood < 0 ? Sentiment.Negative : Sentiment.Neutral;

        // A threat of lawyers, the press or worse is never a neutral remark.
        if (sentiment == Sentiment.Neutral && (signals.Reasons & (SensitiveReasons.Legal | SensitiveReasons.Media)) != 0)
        {
            sentiment = Sentiment.Negative;
        }

        // A warm statement that asks nothing is praise first, whatever product it names.
        if (sentiment == Sentiment.Positive && !isQuestion && signals.Topics[(int)Topic.Praise] > 0)
        {
            signals.Topics[(int)Topic.Praise] += signals.Positive;
        }

        // Praise that comes with a negative mood is sarcasm or a complaint, not praise.
        if (sentiment == Sentiment.Negative)
        {
            signals.Topics[(int)Topic.Praise] = 0;
        }

        var primary = Best(ref signals.Topics);
        if (primary == Topic.Other && isQuestion && questionTopic is { } fallback)
        {
            primary = fallback;
        }

        if (primary == Topic.Abuse)
        {
            sentiment = Sentiment.Negative;
        }
        else if (primary == Topic.Praise && sentiment == Sentiment.Neutral)
        {
            sentiment = Sentiment.Positive;
        }

        var topics = new List<Topic>(3) { primary };
        foreach (var t in Precedence)
        {
            if (t != primary && signals.Topics[(int)t] >= SecondaryMinimum)
            {
                topics.Add(t);
            }
        }

        var reasons = signals.Reasons;
        reasons |= personal.Count > 0 ? SensitiveReasons.PersonalData : SensitiveReasons.None;
        reasons |= primary == Topic.Billing ? SensitiveReasons.Billing : SensitiveReasons.None;
        reasons |= topics.Contains(Topic.Abuse) ? SensitiveReasons.Abuse : SensitiveReasons.None;
        var sensitive = reasons != SensitiveReasons.None;

        var kinds = personal.Count == 0 ? [] : personal.Select(p => p.Kind).Distinct().ToArray();
        var priority = priorityRules.Decide(primary, sentiment, sensitive, network, followers, age);
        var result = new TriageResult(language, sentiment, primary, topics, kinds, sensitive, priority);
        return new TriageAnalysis(result, reasons, personal);
    }

    private static Topic Best(ref TopicScores scores)
    {
        var best = Topic.Other;
        var bestScore = 0;
        foreach (var t in Precedence)
        {
            if (scores[(int)t] > bestScore)
            {
                best = t;
                bestScore = scores[(int)t];
            }
        }

        return best;
    }
}
