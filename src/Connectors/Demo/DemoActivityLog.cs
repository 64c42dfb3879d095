namespace SomeTeams.Connectors.Demo;

/// <summary>
/// The in-memory <see cref="IDemoActivityStore"/> for hosts without storage and for tests:
/// bounded, so a long local run cannot grow it without end.
/// </summary>
public sealed class DemoActivityLog : IDemoActivityStore
{
    public const int Capacity = 1000;

    private readonly Lock gate = new();
    private readonly List<DemoActivity> entries = [];
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);

    public IReadOnlyList<DemoActivity> Recent
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public Task<DemoActivity> RecordAsync(DemoActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (gate)
        {
            if (entries.Find(e => e.Id == activity.Id) is { } earlier)
            {
                return Task.FromResult(earlier);
            }

            entries.Add(activity);
            if (entries.Count > Capacity)
            {
                entries.RemoveAt(0);
            }

            return Task.FromResult(activity);
        }
    }

    public Task<IReadOnlyList<DemoActivity>> ListAsync(string? targetExternalId, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<DemoActivity> found = [.. entries.Where(e => targetExternalId is null || e.TargetExternalId == targetExternalId)
                .OrderByDescending(e => e.At).Take(max)];
            return Task.FromResult(found);
        }
    }

    public Task MarkDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        lock (gate)
        {
            if (deleted.Count >= Capacity * 10)
            {
                deleted.Clear();
            }

            deleted.UnionWith(externalIds.Select(id => Key(accountId, id)));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> FindDeletedAsync(string accountId, IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        lock (gate)
        {
            IReadOnlyList<string> found = [.. externalIds.Where(id => deleted.Contains(Key(accountId, id)))];
            return Task.FromResult(found);
        }
    }

    private static string Key(string accountId, string externalId) => $"{accountId}\n{externalId}";
}
