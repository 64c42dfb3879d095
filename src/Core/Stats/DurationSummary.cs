namespace SomeTeams.Core.Stats;

/// <summary>
/// How long something took over a set of samples. <see cref="Median"/> is the middle sample, or
/// the mean of the two middle ones for an even count (truncated to whole ticks);
/// <see cref="P90"/> is the nearest-rank 90th percentile: the ⌈0.9·n⌉-th smallest sample, always
/// one that happened. Both are null with no samples.
/// </summary>
public sealed record DurationSummary(int Count, TimeSpan? Median, TimeSpan? P90)
{
    public static DurationSummary Empty { get; } = new(0, null, null);

    public static DurationSummary Of(IEnumerable<TimeSpan> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }
        var n = sorted.Length;
        var median = n % 2 == 1
            ? sorted[n / 2]
            : TimeSpan.FromTicks((sorted[(n / 2) - 1].Ticks + sorted[n / 2].Ticks) / 2);
        return new DurationSummary(n, median, sorted[P90Rank(n) - 1]);
    }

    /// <summary>The 1-based rank ⌈9n/10⌉, in integers so that n = 10 gives exactly 9.</summary>
    internal static int P90Rank(int n) => ((9 * n) + 9) / 10;
}
