using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Crisis;

/// <summary>One arrived mention as the spike detector counts it: when it was triaged, its account and topic, and its case.</summary>
public sealed record VolumeEntry(DateTimeOffset At, string AccountId, Topic Topic, string CaseId);
