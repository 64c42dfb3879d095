namespace SomeTeams.Core.Stats;

/// <summary>
/// The manager's view of a period (issue #7). Every figure is defined where it is computed, in
/// <see cref="StatsCalculator"/>; durations are <see cref="DurationSummary"/>s.
/// </summary>
public sealed record StatsReport(
    StatsPeriod Period,
    DateTimeOffset AsOf,
    int Cases,
    Coverage Coverage,
    DurationSummary FirstResponse,
    DurationSummary FirstResponseWallClock,
    DurationSummary FirstResponseVip,
    DurationSummary FirstResponseNonVip,
    TargetShare WithinTarget,
    DurationSummary ApprovalTurnaround,
    int ApprovalsPending,
    IReadOnlyList<NamedCount> ByNetwork,
    IReadOnlyList<NamedCount> ByTopic,
    IReadOnlyList<NamedCount> BySentiment,
    IReadOnlyList<BacklogBucket> Backlog,
    IReadOnlyList<AgentCount> Agents);

/// <summary>Of the items that needed a response, how many got a human action; <see cref="Share"/> is null when none needed one.</summary>
public sealed record Coverage(int NeedingResponse, int Covered)
{
    public double? Share => NeedingResponse == 0 ? null : (double)Covered / NeedingResponse;
}

/// <summary>First responses on or before the due time against those after it or still missing past it; pending ones are in neither.</summary>
public sealed record TargetShare(int OnTime, int Breached)
{
    public double? Share => OnTime + Breached == 0 ? null : (double)OnTime / (OnTime + Breached);
}

/// <summary>A count under a stable snake_case name (a network, topic or sentiment).</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>Open cases that have waited at least <see cref="MinAge"/> and less than <see cref="MaxAge"/> (none: no upper bound).</summary>
public sealed record BacklogBucket(string Name, TimeSpan MinAge, TimeSpan? MaxAge, int Count);

/// <summary>Cases a person brought to an end in the period; managers' data only.</summary>
public sealed record AgentCount(string Id, string Name, int Handled);
