using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// What one Graph fetch collected: each new item once, the account's own items dropped (our
/// replies echoing back), skipped items with reasons, and the cursor every seen item advances.
/// </summary>
internal sealed class MetaFound(SourceAccount account, string ownId, GraphSecondCursor? since, DateTimeOffset floor, ILogger logger)
{
    private readonly Dictionary<string, Mention> mentions = new(StringComparer.Ordinal);
    private readonly List<SkippedItem> skipped = [];
    private readonly GraphSecondCursor? start = since;

    public GraphSecondCursor? Next { get; private set; } = since;

    public int Count => mentions.Count;

    public IReadOnlyList<SkippedItem> Skipped => skipped;

    /// <summary>The oldest time a fetch looks at: the cursor's second, or the first fetch's look-back.</summary>
    public DateTimeOffset Floor => floor;

    public bool IsNew(DateTimeOffset time, string id) => time >= floor && (start?.IsNew(time, id) ?? true);

    public void Add(Mention mention)
    {
        if (!IsNew(mention.CreatedAt, mention.ExternalId))
        {
            return;
        }

        Next = GraphSecondCursor.Advance(Next, mention.CreatedAt, mention.ExternalId);
        if (mention.Author.ExternalId != ownId)
        {
            mentions.TryAdd(mention.ExternalId, mention);
        }
    }

    public void Skip(string? id, string reason)
    {
        GraphLog.Skipped(logger, account.Network, account.Id, id, reason);
        skipped.Add(new SkippedItem(id, reason));
    }

    public FetchResult Result(string? cursor, int calls)
    {
        GraphLog.Fetched(logger, account.Network, account.Id, mentions.Count, calls);
        var next = Next?.ToString();
        IReadOnlyList<Mention> ordered = [.. mentions.Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.ExternalId, StringComparer.Ordinal)];
        return new FetchResult.Fetched(ordered, next == cursor ? null : next, [], skipped, calls);
    }
}
