namespace SomeTeams.Core.Crisis;

/// <summary>
/// A cluster whose volume crossed the threshold: since when (its first mention in the window),
/// how many, how fast against its baseline, and a few of its cases to show as samples.
/// </summary>
public sealed record Spike(Cluster Cluster, DateTimeOffset Since, int Count, double PerMinute, double BaselinePerMinute, IReadOnlyList<string> SampleCaseIds);
