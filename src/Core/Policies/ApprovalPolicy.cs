namespace SomeTeams.Core.Policies;

/// <summary>
/// How long a draft may wait for an approver before it escalates to an approver on shift
/// (DESIGN.md: approvals have their own SLA). Counted in business time: a draft submitted five
/// minutes before closing escalates the next morning, when an approver can act, not into an
/// empty evening.
/// </summary>
public sealed record ApprovalPolicy
{
    public ApprovalPolicy(TimeSpan escalateAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(escalateAfter, TimeSpan.Zero);
        EscalateAfter = escalateAfter;
    }

    public TimeSpan EscalateAfter { get; }

    public static ApprovalPolicy Default { get; } = new(TimeSpan.FromMinutes(30));

    public DateTimeOffset EscalatesAt(DateTimeOffset submitted, BusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.AddBusinessTime(submitted, EscalateAfter);
    }

    public bool ShouldEscalate(DateTimeOffset submitted, DateTimeOffset now, BusinessClock clock) => now >= EscalatesAt(submitted, clock);
}
