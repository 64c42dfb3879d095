namespace SomeTeams.TestKit.Fakes;

/// <summary>
/// Teams' documented write limits (bot-protocol.md §8.1): per conversation — a channel with its
/// threads, the creation of a thread included — 7/1 s, 8/2 s, 60/30 s, 1,800/1 h; per tenant
/// <see cref="TenantPerSecond"/>. A write over a limit is refused (429) and not counted, as Teams does.
/// The fake enforces this at arrival, and <see cref="Violations"/> replays recorded writes through the
/// same rules, so the two cannot disagree.
/// </summary>
public sealed class TeamsLimits
{
    /// <summary>"The global limit per app per tenant is 50 Requests Per Second."</summary>
    public const int TenantPerSecond = 50;

    private static readonly (int Limit, TimeSpan Window)[] Windows =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Dictionary<string, List<DateTimeOffset>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> tenants = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts a write arriving now (read under the lock, so counts and times agree); null when it is over a limit.</summary>
    public DateTimeOffset? TryCount(string tenant, string conversation, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        lock (gate)
        {
            var now = time.GetUtcNow();
            return TryCount(tenant, conversation, now) ? now : null;
        }
    }

    /// <summary>Counts a write arriving at <paramref name="at"/> and says whether it is within every limit.</summary>
    public bool TryCount(string tenant, string conversation, DateTimeOffset at)
    {
        lock (gate)
        {
            var log = Log(conversations, conversation, at, TimeSpan.FromHours(1));
            var tenantLog = Log(tenants, tenant, at, TimeSpan.FromSeconds(1));
            if (Windows.Any(w => log.Count(t => t > at - w.Window) >= w.Limit) || tenantLog.Count >= TenantPerSecond)
            {
                return false;
            }

            log.Add(at);
            tenantLog.Add(at);
            return true;
        }
    }

    /// <summary>How many of the successful writes Teams would have refused, replayed in arrival order.</summary>
    public static int Violations(IEnumerable<ConnectorRequest> requests)
    {
        var replay = new TeamsLimits();
        return requests.Where(r => r is { StatusCode: < 300, LimitedAs: not null }).OrderBy(r => r.At)
            .Count(r => !replay.TryCount(r.LimitedAs!.Value.Tenant, r.LimitedAs.Value.Conversation, r.At));
    }

    private static List<DateTimeOffset> Log(Dictionary<string, List<DateTimeOffset>> logs, string key, DateTimeOffset at, TimeSpan keep)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        log.RemoveAll(t => t <= at - keep);
        return log;
    }
}
