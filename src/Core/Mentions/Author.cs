namespace SomeTeams.Core.Mentions;

/// <summary>The person behind a mention. <see cref="Followers"/> is known only where the network gives it.</summary>
public sealed record Author(
    string ExternalId,
    string Handle,
    string DisplayName,
    Uri? ProfileUrl = null,
    long? Followers = null);
