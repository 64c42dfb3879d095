namespace SomeTeams.Connectors.Mastodon;

/// <summary>A status is gone when reading it answers 404 (one call per status; paging limits do not apply).</summary>
internal static class MastodonDeletions
{
    public static async Task<DeletionCheck> FindAsync(MastodonClient client, SourceAccount account, IReadOnlyList<string> statusIds, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        var calls = 0;
        foreach (var id in statusIds.Distinct(StringComparer.Ordinal))
        {
            calls++;
            var status = await client.StatusAsync(account, id, cancellationToken).ConfigureAwait(false);
            if (status.Error is ConnectorError.NotFound)
            {
                deleted.Add(id);
            }
            else if (status.Error is not null)
            {
                return new DeletionCheck.Failed(status.Error, calls);
            }
        }

        return new DeletionCheck.Checked(deleted, calls);
    }
}
