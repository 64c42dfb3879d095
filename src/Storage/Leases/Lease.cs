namespace SomeTeams.Storage.Leases;

/// <summary>A held lease: <paramref name="Owner"/> may act for <paramref name="Name"/> until <paramref name="ExpiresAt"/>.</summary>
public sealed record Lease(string Name, string Owner, DateTimeOffset ExpiresAt, string ETag);
