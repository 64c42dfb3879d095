using Microsoft.Extensions.Logging;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Conversations;

/// <summary>
/// Keeps the conversation references current from authenticated activities: the serviceUrl on
/// every activity, installs and removals, channel and team changes (bot-protocol.md §6.3, §6.4,
/// §7.2). Idempotent: an activity seen twice writes nothing the second time.
/// </summary>
public sealed partial class ConversationRegistry(IConversationReferenceStore store, TimeProvider time, ILogger<ConversationRegistry> log)
{
    private const int MaxAttempts = 10;

    /// <summary>Records what the activity tells: where it came from, and any install or channel event.</summary>
    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TenantId is not { Length: > 0 } tenantId)
        {
            LogNoTenant(activity.Id, activity.Type);
            return;
        }

        foreach (var change in ConversationChanges.From(activity))
        {
            await ApplyAsync(tenantId, activity.ServiceUrl, change, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<StoredConversation?> GetAsync(string tenantId, ConversationKind kind, string conversationId, CancellationToken cancellationToken) =>
        store.GetAsync(tenantId, kind, conversationId, cancellationToken);

    public Task<IReadOnlyList<ConversationReference>> ListTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        store.ListTeamAsync(tenantId, teamId, cancellationToken);

    private async Task ApplyAsync(string tenantId, string serviceUrl, ConversationChange change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await store.GetAsync(tenantId, change.Kind, change.ConversationId, cancellationToken).ConfigureAwait(false);
            var before = stored?.Reference ?? new ConversationReference
            {
                TenantId = tenantId,
                ConversationId = change.ConversationId,
                Kind = change.Kind,
                ServiceUrl = serviceUrl,
            };
            var after = change.Apply(before with { ServiceUrl = serviceUrl });
            if (stored is not null && after == before)
            {
                return;
            }

            if (await store.TryWriteAsync(after with { UpdatedAt = time.GetUtcNow() }, stored?.ETag, cancellationToken).ConfigureAwait(false))
            {
                LogRecorded(change.Kind, change.ConversationId, after.Active);
                return;
            }
        }

        LogGaveUp(change.Kind);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} ({ActivityType}) has no tenant; no conversation reference recorded")]
    private partial void LogNoTenant(string? activityId, string activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Kind} conversation {ConversationId} (active {Active})")]
    private partial void LogRecorded(ConversationKind kind, string conversationId, bool active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up recording a {Kind} conversation reference after repeated write conflicts")]
    private partial void LogGaveUp(ConversationKind kind);
}
