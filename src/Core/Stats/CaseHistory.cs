using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Stats;

/// <summary>A case with its audit trail, oldest entry first; the trail is what approval turnaround is read from.</summary>
public sealed record CaseHistory(Case Case, IReadOnlyList<AuditEntry> Audit);
