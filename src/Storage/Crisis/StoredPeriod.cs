using Azure;
using SomeTeams.Core.Crisis;

namespace SomeTeams.Storage.Crisis;

/// <summary>A cluster's latest crisis as stored, with its managers' card and the row's ETag (for compare-and-swap).</summary>
public sealed record StoredPeriod(CrisisPeriod Period, PostedCard? Card, ETag ETag);

/// <summary>How ending a crisis went.</summary>
public enum EndOutcome
{
    Ended,
    AlreadyEnded,

    /// <summary>No such crisis (or the cluster has since raised another one).</summary>
    NotFound,
}

/// <summary>A crisis group's statement as stored, whether its fan-out is through, and the row's ETag.</summary>
public sealed record StoredStatement(CrisisStatement Statement, bool SentToAll, ETag ETag);
