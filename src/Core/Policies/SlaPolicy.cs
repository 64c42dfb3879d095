using System.Collections.Frozen;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Policies;

/// <summary>
/// First-response targets in business time, by priority, tightened for negative sentiment, and a
/// wall-clock ceiling. The defaults follow DESIGN.md rule 1 (1 h in service hours, 4 h ceiling):
/// low priority (praise, brand talk) may wait 2 h, high 45 min, urgent 30 min, and an unhappy
/// customer never waits more than 45 min, because a complaint left standing grows in public.
/// </summary>
public sealed class SlaPolicy
{
    public SlaPolicy(IReadOnlyDictionary<Priority, TimeSpan> byPriority, TimeSpan? negativeAtMost, TimeSpan ceiling)
    {
        ArgumentNullException.ThrowIfNull(byPriority);
        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!byPriority.TryGetValue(priority, out var target) || target <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The SLA policy needs a positive target for {priority}.", nameof(byPriority));
            }
        }
        if (negativeAtMost is { } negative && negative <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(negativeAtMost), "The target for negative sentiment must be positive.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ceiling, TimeSpan.Zero);
        ByPriority = byPriority.ToFrozenDictionary();
        NegativeAtMost = negativeAtMost;
        Ceiling = ceiling;
    }

    public IReadOnlyDictionary<Priority, TimeSpan> ByPriority { get; }

    /// <summary>The most business time a case with negative sentiment gets, whatever its priority; none for no limit.</summary>
    public TimeSpan? NegativeAtMost { get; }

    /// <summary>The longest wall-clock wait while the team is open; see <see cref="SlaClock.Deadline"/> for how it applies.</summary>
    public TimeSpan Ceiling { get; }

    public static SlaPolicy Default { get; } = new(
        new Dictionary<Priority, TimeSpan>
        {
            [Priority.Low] = TimeSpan.FromHours(2),
            [Priority.Normal] = TimeSpan.FromHours(1),
            [Priority.High] = TimeSpan.FromMinutes(45),
            [Priority.Urgent] = TimeSpan.FromMinutes(30),
        },
        negativeAtMost: TimeSpan.FromMinutes(45),
        ceiling: TimeSpan.FromHours(4));

    public TimeSpan Target(Priority priority, Sentiment sentiment)
    {
        var target = ByPriority[priority];
        return sentiment == Sentiment.Negative && NegativeAtMost is { } most && most < target ? most : target;
    }
}
