using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Webhooks;

/// <summary>
/// What one verified webhook delivery carried. Deliveries repeat (at least once), so the
/// consumer dedupes on the mention key; deletions mark their cases instead of dropping them.
/// </summary>
/// <param name="Mentions">New items, the brand's own echoes already dropped.</param>
/// <param name="Deleted">Items the author removed, by account and external id.</param>
/// <param name="Lookups">Items announced by id only (Instagram mentions), to fetch through the connector.</param>
/// <param name="Skipped">Events that could not be read, with a reason fit for a log.</param>
public sealed record WebhookBatch(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MentionKey> Deleted,
    IReadOnlyList<WebhookLookup> Lookups,
    IReadOnlyList<SkippedItem> Skipped);

/// <summary>An item a webhook announced by id only: <paramref name="ItemId"/> inside <paramref name="ContainerId"/> (e.g. comment in media).</summary>
public sealed record WebhookLookup(Network Network, string AccountId, string? ItemId, string ContainerId);
