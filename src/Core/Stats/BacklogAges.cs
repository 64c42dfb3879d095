using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Stats;

/// <summary>
/// Open cases by how long they have waited, from when their SLA clock last started (opening, or
/// the follow-up that reopened them) to the report's instant. Anything not yet Sent or Closed is
/// open here, including a send in flight or one whose outcome a person must check.
/// </summary>
public static class BacklogAges
{
    private static readonly (string Name, TimeSpan Min, TimeSpan? Max)[] Buckets =
    [
        ("under_1h", TimeSpan.Zero, TimeSpan.FromHours(1)),
        ("1h_to_4h", TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
        ("4h_to_24h", TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        ("1d_to_7d", TimeSpan.FromDays(1), TimeSpan.FromDays(7)),
        ("7d_or_more", TimeSpan.FromDays(7), null),
    ];

    public static IReadOnlyList<BacklogBucket> Of(IEnumerable<Case> cases, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var ages = cases.Where(c => c.State is not (CaseState.Sent or CaseState.Closed))
            .DistinctBy(c => c.Id)
            .Select(c => c.SlaStartedAt < asOf ? asOf - c.SlaStartedAt : TimeSpan.Zero)
            .ToList();
        return [.. Buckets.Select(b => new BacklogBucket(b.Name, b.Min, b.Max, ages.Count(a => a >= b.Min && (b.Max is not { } max || a < max))))];
    }
}
