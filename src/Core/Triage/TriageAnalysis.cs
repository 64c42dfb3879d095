namespace SomeTeams.Core.Triage;

/// <summary>A triage result with why it is sensitive and where its personal data sits.</summary>
public sealed record TriageAnalysis(TriageResult Result, SensitiveReasons Reasons, IReadOnlyList<PersonalDataFinding> PersonalData);
