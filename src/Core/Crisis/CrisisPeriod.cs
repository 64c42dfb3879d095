using System.Collections.Immutable;

namespace SomeTeams.Core.Crisis;

/// <summary>
/// A spike being handled: while it is active, new mentions of its cluster join one grouped card
/// instead of getting their own. <see cref="Id"/> names the group the cluster's cases join.
/// </summary>
public sealed record CrisisPeriod
{
    public required string Id { get; init; }
    public required Cluster Cluster { get; init; }

    /// <summary>The first mention of the spike.</summary>
    public required DateTimeOffset Since { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
    public required int CountAtRaise { get; init; }
    public required double PerMinute { get; init; }
    public required double BaselinePerMinute { get; init; }
    public ImmutableList<string> SampleCaseIds { get; init; } = [];
    public DateTimeOffset? EndedAt { get; init; }
    public string? EndedBy { get; init; }

    public bool IsActive => EndedAt is null;

    public static CrisisPeriod Raise(Spike spike, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spike);
        return new()
        {
            Id = $"{spike.Cluster.Key}@{now.UtcDateTime:yyyyMMddTHHmmss}",
            Cluster = spike.Cluster,
            Since = spike.Since,
            RaisedAt = now,
            CountAtRaise = spike.Count,
            PerMinute = spike.PerMinute,
            BaselinePerMinute = spike.BaselinePerMinute,
            SampleCaseIds = [.. spike.SampleCaseIds],
        };
    }

    /// <summary>Whether a cluster whose last crisis is <paramref name="last"/> may raise a new one now.</summary>
    public static bool MayRaise(CrisisPeriod? last, DateTimeOffset now, SpikeThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return last is null || (last.EndedAt is { } ended && now - ended >= threshold.Cooldown);
    }

    /// <summary>The active crisis, oldest first, whose cluster this mention belongs to; null when none.</summary>
    public static CrisisPeriod? Covering(IEnumerable<CrisisPeriod> crises, string accountId, Triage.Topic topic) =>
        crises.Where(c => c.IsActive && c.Cluster.Contains(accountId, topic)).OrderBy(c => c.RaisedAt).FirstOrDefault();
}
