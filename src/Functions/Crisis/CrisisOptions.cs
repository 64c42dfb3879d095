using SomeTeams.Core.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// <c>Crisis</c>: the spike threshold (see <see cref="SpikeThreshold"/> for what each number means),
/// the route of the managers' channel the crisis card goes to, and how long an active-crisis
/// lookup may be reused by the card poster.
/// </summary>
public sealed class CrisisOptions
{
    public const string Section = "Crisis";

    public TimeSpan Window { get; set; } = SpikeThreshold.Default.Window;
    public TimeSpan BaselineSpan { get; set; } = SpikeThreshold.Default.BaselineSpan;
    public double Factor { get; set; } = SpikeThreshold.Default.Factor;
    public int MinimumCount { get; set; } = SpikeThreshold.Default.MinimumCount;
    public double MinimumBaselinePerMinute { get; set; } = SpikeThreshold.Default.MinimumBaselinePerMinute;
    public TimeSpan Cooldown { get; set; } = SpikeThreshold.Default.Cooldown;

    /// <summary>
    /// The route (<c>Channels:{route}</c>) of the managers' channel; without one, the catch-all
    /// <c>*</c>, else the admins' channel (route <c>admins</c>).
    /// </summary>
    public string ManagersRoute { get; set; } = "managers";

    /// <summary>
    /// How long the card poster reuses its list of active crises. Mentions arriving within this
    /// long after a crisis starts (on another instance) may still get their own card.
    /// </summary>
    public TimeSpan ActiveCacheFor { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one detector run holds its lease, so overlapping runs never post a card twice.</summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many grouped cases one detector run answers with an approved statement, so a run stays short.</summary>
    public int StatementBatch { get; set; } = 200;

    public SpikeThreshold Threshold => new()
    {
        Window = Window, BaselineSpan = BaselineSpan, Factor = Factor, MinimumCount = MinimumCount,
        MinimumBaselinePerMinute = MinimumBaselinePerMinute, Cooldown = Cooldown,
    };
}
