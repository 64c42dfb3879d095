namespace SomeTeams.Core.Crisis;

/// <summary>
/// When volume is a spike. Over the last <see cref="Window"/> a cluster must have at least
/// <see cref="MinimumCount"/> mentions (the absolute floor, so a quiet account going from 1 to 4
/// is no crisis) and a rate per minute of at least <see cref="Factor"/> × its baseline rate. The
/// baseline is the cluster's rate over the <see cref="BaselineSpan"/> before the window, but never
/// less than <see cref="MinimumBaselinePerMinute"/> (a cluster with no history is not compared
/// with zero). After a manager ends a crisis, the cluster raises no new one for <see cref="Cooldown"/>.
/// </summary>
public sealed record SpikeThreshold
{
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan BaselineSpan { get; init; } = TimeSpan.FromHours(3);

    public double Factor { get; init; } = 5;

    // 15 in five minutes: three a minute where a care team normally sees one in ten minutes.
    public int MinimumCount { get; init; } = 15;

    public double MinimumBaselinePerMinute { get; init; } = 0.5;

    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(30);

    public static SpikeThreshold Default { get; } = new();

    /// <summary>What is wrong with these settings, if anything (for start-up validation).</summary>
    public IEnumerable<string> Problems()
    {
        if (Window < TimeSpan.FromMinutes(1))
        {
            yield return "Crisis:Window must be at least one minute.";
        }

        if (BaselineSpan < Window)
        {
            yield return "Crisis:BaselineSpan must be at least as long as Crisis:Window.";
        }

        if (Factor < 1 || MinimumCount < 1 || MinimumBaselinePerMinute < 0 || Cooldown < TimeSpan.Zero)
        {
            yield return "Crisis:Factor must be ≥ 1, Crisis:MinimumCount ≥ 1, Crisis:MinimumBaselinePerMinute and Crisis:Cooldown not negative.";
        }
    }
}
