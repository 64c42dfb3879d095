namespace SomeTeams.Core.Cases;

/// <summary>A case's identity; also its table partition, so it stays short and URL-safe.</summary>
public readonly record struct CaseId(string Value)
{
    public static CaseId New() => new(Guid.NewGuid().ToString("N"));

    public override string ToString() => Value;
}
