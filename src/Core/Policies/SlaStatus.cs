namespace SomeTeams.Core.Policies;

/// <summary>What the card's timer and the sweep need at one instant; no next threshold once breached.</summary>
public sealed record SlaStatus(
    DateTimeOffset Due,
    double FractionElapsed,
    SlaThreshold Reached,
    SlaThreshold? Next,
    DateTimeOffset? NextAt);
