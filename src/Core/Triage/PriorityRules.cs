using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Triage;

/// <summary>
/// Priority from what a mention is about, its mood, who wrote it and how long it has waited.
/// The ages follow DESIGN.md rule 1: a first response within an hour, never past four.
/// </summary>
public sealed record PriorityRules(long WideReach = 10_000, long VeryWideReach = 100_000, TimeSpan Waiting = default, TimeSpan Overdue = default)
{
    public static PriorityRules Default { get; } = new(Waiting: TimeSpan.FromHours(1), Overdue: TimeSpan.FromHours(4));

    public Priority Decide(Topic topic, Sentiment sentiment, bool sensitive, Network network, long? followers, TimeSpan age)
    {
        var points = topic switch
        {
            Topic.Outage => 2,
            Topic.Abuse or Topic.Billing or Topic.Login or Topic.Cancellation or Topic.WaitingTime or Topic.Delivery => 1,
            _ => 0,
        };
        points += sentiment == Sentiment.Negative ? 1 : 0;
        points += sensitive ? 1 : 0;
        points += followers >= VeryWideReach ? 2 : followers >= WideReach ? 1 : 0;

        // A news article is read by many whatever the author's followers.
        points += network == Network.Rss ? 1 : 0;
        points += Overdue > TimeSpan.Zero && age >= Overdue ? 2 : Waiting > TimeSpan.Zero && age >= Waiting ? 1 : 0;
        return points switch
        {
            0 => Priority.Low,
            <= 2 => Priority.Normal,
            <= 4 => Priority.High,
            _ => Priority.Urgent,
        };
    }
}
