namespace SomeTeams.Connectors.YouTube;

/// <summary>
/// A comment is gone when comments.list by id (50 ids, 1 unit a call) no longer returns it; a
/// comment held or rejected by moderation is not returned either, which for a case means the same.
/// </summary>
internal static class YouTubeDeletions
{
    private const int Batch = 50;

    public static async Task<DeletionCheck> FindAsync(YouTubeClient client, SourceAccount account, IReadOnlyList<string> commentIds, CancellationToken cancellationToken)
    {
        var tally = new CallTally();
        var deleted = new List<string>();
        foreach (var batch in commentIds.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            var query = "comments?part=id&maxResults=50&id=" + string.Join(',', batch.Select(Uri.EscapeDataString));
            var page = await client.SendAsync(account, HttpMethod.Get, query, () => null, 1, true, YouTubeJson.Default.ThreadPage, tally, cancellationToken).ConfigureAwait(false);
            if (page.Error is not null)
            {
                return new DeletionCheck.Failed(page.Error, tally.Count);
            }

            var present = (page.Value!.Items ?? [])
                .Select(i => i.ValueKind == System.Text.Json.JsonValueKind.Object && i.TryGetProperty("id", out var id) ? id.GetString() : null)
                .ToHashSet(StringComparer.Ordinal);
            deleted.AddRange(batch.Where(id => !present.Contains(id)));
        }

        return new DeletionCheck.Checked(deleted, tally.Count);
    }
}
