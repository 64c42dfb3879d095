using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>What a fetch produced: new items and the cursor to store once they are safely queued, or an error.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <param name="Mentions">New items, oldest first.</param>
    /// <param name="NextCursor">The cursor to store after the mentions are enqueued; null keeps the old one.</param>
    /// <param name="DeletedExternalIds">Items the network reports the author deleted (their cases are marked, not dropped).</param>
    /// <param name="Skipped">Items that could not be read, with the reason (logged; nothing else is lost).</param>
    /// <param name="Calls">HTTP calls this fetch made (pay-per-use and quota accounting).</param>
    public sealed record Fetched(
        IReadOnlyList<Mention> Mentions,
        string? NextCursor,
        IReadOnlyList<string> DeletedExternalIds,
        IReadOnlyList<SkippedItem> Skipped,
        int Calls) : FetchResult;

    public sealed record Failed(ConnectorError Error, int Calls) : FetchResult;
}

/// <summary>An item a fetch could not map, with a reason fit for a log (no message text).</summary>
public sealed record SkippedItem(string? ExternalId, string Reason);
