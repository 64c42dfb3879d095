using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// What <see cref="CaseStore.CreateAsync"/> found or made. <paramref name="IsNew"/> is true when
/// the stored case was opened by the given case's mention (by this call or an earlier attempt
/// of it); false when the thread already had a case opened by another mention, which the caller
/// then joins (e.g. with <see cref="Reopen"/> and a follow-up).
/// </summary>
public sealed record CaseCreation(Case Case, bool IsNew);
