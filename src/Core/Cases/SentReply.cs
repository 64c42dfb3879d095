namespace SomeTeams.Core.Cases;

/// <summary>A reply that is out on the network.</summary>
public sealed record SentReply(string? ExternalId, Uri? Permalink, string Text, Actor SentBy, DateTimeOffset SentAt);
