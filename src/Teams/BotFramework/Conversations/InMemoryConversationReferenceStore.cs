using System.Globalization;

namespace SomeTeams.Teams.BotFramework.Conversations;

/// <summary>The store for tests and local runs; same compare-and-swap contract as the table store.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly Dictionary<(string, ConversationKind, string), StoredConversation> items = [];
    private readonly Lock gate = new();
    private long version;

    public Task<StoredConversation?> GetAsync(string tenantId, ConversationKind kind, string conversationId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(items.GetValueOrDefault((tenantId, kind, conversationId)));
        }
    }

    public Task<bool> TryWriteAsync(ConversationReference reference, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = (reference.TenantId, reference.Kind, reference.ConversationId);
        lock (gate)
        {
            var current = items.GetValueOrDefault(key)?.ETag;
            if (current != ifMatch)
            {
                return Task.FromResult(false);
            }

            items[key] = new StoredConversation(reference, (++version).ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<ConversationReference>> ListTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ConversationReference> team = [.. items.Values
                .Select(s => s.Reference)
                .Where(r => r.TenantId == tenantId && (r.Kind == ConversationKind.Team ? r.ConversationId == teamId : r.TeamId == teamId))
                .OrderBy(r => r.Kind).ThenBy(r => r.ConversationId, StringComparer.Ordinal)];
            return Task.FromResult(team);
        }
    }
}
