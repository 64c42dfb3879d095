namespace SomeTeams.Teams.BotFramework.Conversations;

/// <summary>
/// Storage of conversation references: Azure Tables in production, memory in tests. Writes are
/// compare-and-swap so two activities arriving together never overwrite each other's changes.
/// </summary>
public interface IConversationReferenceStore
{
    Task<StoredConversation?> GetAsync(string tenantId, ConversationKind kind, string conversationId, CancellationToken cancellationToken);

    /// <summary>Writes when the stored version is <paramref name="ifMatch"/> (null: only if absent); false on a conflict.</summary>
    Task<bool> TryWriteAsync(ConversationReference reference, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>The team's own reference and its channels.</summary>
    Task<IReadOnlyList<ConversationReference>> ListTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken);
}
