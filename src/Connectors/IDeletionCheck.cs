namespace SomeTeams.Connectors;

/// <summary>
/// For networks whose polls never say an item was deleted: asks which of the given items are
/// gone, so a timer can mark their open cases instead of letting them vanish (DESIGN.md
/// "deletions that never sync"). Implemented by connectors that can look items up cheaply.
/// </summary>
public interface IDeletionCheck
{
    Task<DeletionCheck> FindDeletedAsync(SourceAccount account, IReadOnlyList<string> externalIds, CancellationToken cancellationToken);
}

/// <summary>Which of the asked items the network no longer has, or why it could not tell.</summary>
public abstract record DeletionCheck
{
    private DeletionCheck()
    {
    }

    public sealed record Checked(IReadOnlyList<string> Deleted, int Calls) : DeletionCheck;

    public sealed record Failed(ConnectorError Error, int Calls) : DeletionCheck;
}
