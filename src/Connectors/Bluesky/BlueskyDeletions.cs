namespace SomeTeams.Connectors.Bluesky;

/// <summary>A post is gone when getPosts (25 uris a call) no longer returns it.</summary>
internal static class BlueskyDeletions
{
    private const int Batch = 25;

    public static async Task<DeletionCheck> FindAsync(BlueskyClient client, SourceAccount account, IReadOnlyList<string> uris, CancellationToken cancellationToken)
    {
        var tally = new CallTally();
        var deleted = new List<string>();
        foreach (var batch in uris.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            var query = "app.bsky.feed.getPosts?" + string.Join('&', batch.Select(u => "uris=" + Uri.EscapeDataString(u)));
            var posts = await client.QueryAsync(account, query, BlueskyJson.Default.PostsPage, tally, cancellationToken).ConfigureAwait(false);
            if (posts.Error is not null)
            {
                return new DeletionCheck.Failed(posts.Error, tally.Count);
            }

            var present = (posts.Value!.Posts ?? []).Select(p => p.Uri).ToHashSet(StringComparer.Ordinal);
            deleted.AddRange(batch.Where(u => !present.Contains(u)));
        }

        return new DeletionCheck.Checked(deleted, tally.Count);
    }
}
