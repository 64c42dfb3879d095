namespace SomeTeams.Functions.Pipeline;

/// <summary>This process as a lease owner: new on every start, so a restarted instance is a new owner.</summary>
public sealed class PollerIdentity
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
