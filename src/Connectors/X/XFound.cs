using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>What one fetch collected: new mentions (once each, the brand's own dropped) and skipped items.</summary>
internal sealed class XFound(SourceAccount account, string brandUserId, ILogger logger)
{
    private readonly Dictionary<string, Mention> mentions = new(StringComparer.Ordinal);
    private readonly List<SkippedItem> skipped = [];

    public IReadOnlyCollection<Mention> Mentions => mentions.Values;

    public IReadOnlyList<SkippedItem> Skipped => skipped;

    public void Skip(string? id, string reason) => Add(MapResult.Skip(id, reason));

    public void Add(MapResult result)
    {
        if (result.Skipped is { } skip)
        {
            XLog.Skipped(logger, account.Id, skip.ExternalId, skip.Reason);
            skipped.Add(skip);
        }
        else if (result.Mention is { } mention && mention.Author.ExternalId != brandUserId)
        {
            // The brand's own posts and DMs (our replies echoing back) never become cases.
            mentions.TryAdd(mention.ExternalId, mention);
        }
    }

    /// <summary>An empty collector for one stream, merged in only when the stream was read to the end.</summary>
    public XFound Part() => new(account, brandUserId, logger);

    public void Merge(XFound part)
    {
        foreach (var mention in part.mentions.Values)
        {
            mentions.TryAdd(mention.ExternalId, mention);
        }

        skipped.AddRange(part.skipped);
    }

    public IReadOnlyList<Mention> InOrder() =>
        [.. mentions.Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.ExternalId.Length).ThenBy(m => m.ExternalId, StringComparer.Ordinal)];
}
