using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// Client-side pacing of writes to Teams (bot-protocol.md §8.1): per conversation (a channel and
/// its threads count as one) 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in 1 h; per tenant a
/// budget per second; and after a 429 the whole tenant waits out Retry-After (one shared gate,
/// as Company Communicator does). Both hosts post through one instance of it.
/// </summary>
public sealed class TeamsPacer(TimeProvider time, IOptions<ConnectorOptions> options)
{
    private static readonly (int Limit, TimeSpan Window)[] ConversationWindows =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);
    private readonly Dictionary<string, List<DateTimeOffset>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> gates = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int sinceSweep;

    /// <summary>Slots handed out so far; lets a test tell a granted write from one still waiting.</summary>
    internal long Granted { get; private set; }

    /// <summary>Waits until one more write to this conversation fits every window, then counts it.</summary>
    public async Task WaitForSlotAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        var key = ConversationIds.WithoutThread(conversationId);
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                var ready = EarliestSlot(now, tenantId, key);
                if (ready <= now)
                {
                    Count(now, tenantId, key);
                    Granted++;
                    return;
                }

                wait = ready - now;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A 429 arrived: hold every write of the tenant until Retry-After has passed.</summary>
    public void Throttled(string tenantId, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (!gates.TryGetValue(tenantId, out var current) || current < until)
            {
                gates[tenantId] = until;
            }
        }
    }

    /// <summary>Until when the tenant is held after a 429, if it is.</summary>
    internal DateTimeOffset? HeldUntil(string tenantId)
    {
        lock (gate)
        {
            return gates.TryGetValue(tenantId, out var until) && until > time.GetUtcNow() ? until : null;
        }
    }

    private DateTimeOffset EarliestSlot(DateTimeOffset now, string tenantId, string key)
    {
        var ready = gates.TryGetValue(tenantId, out var until) ? until : now;
        if (conversations.TryGetValue(key, out var log))
        {
            foreach (var (limit, window) in ConversationWindows)
            {
                ready = Later(ready, SlotIn(log, limit, window, now));
            }
        }

        return tenants.TryGetValue(tenantId, out var tenantLog)
            ? Later(ready, SlotIn(tenantLog, Math.Max(1, options.Value.TenantRequestsPerSecond), TimeSpan.FromSeconds(1), now))
            : ready;
    }

    // The log is in time order, so the write that must leave the window first is the limit-th from the end.
    // Teams counts arrivals, not departures, so a margin absorbs uneven network latency.
    private static DateTimeOffset SlotIn(List<DateTimeOffset> log, int limit, TimeSpan window, DateTimeOffset now) =>
        log.Count >= limit && log[^limit] > now - window - Margin(window) ? log[^limit] + window + Margin(window) : now;

    private static TimeSpan Margin(TimeSpan window) => TimeSpan.FromTicks(Math.Min(window.Ticks / 10, TimeSpan.TicksPerSecond));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Count(DateTimeOffset now, string tenantId, string key)
    {
        Append(conversations, key, now, Longest);
        Append(tenants, tenantId, now, TimeSpan.FromSeconds(1));
        if (++sinceSweep >= 1024)
        {
            sinceSweep = 0;
            Sweep(now);
        }
    }

    private static void Append(Dictionary<string, List<DateTimeOffset>> logs, string key, DateTimeOffset now, TimeSpan keep)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        var stale = log.FindIndex(t => t > now - keep);
        log.RemoveRange(0, stale < 0 ? log.Count : stale);
        log.Add(now);
    }

    // Forget conversations and tenants that have been quiet for longer than any window.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in conversations.Where(c => c.Value[^1] <= now - Longest).Select(c => c.Key).ToList())
        {
            conversations.Remove(key);
        }

        foreach (var key in tenants.Where(c => c.Value[^1] <= now - Longest).Select(c => c.Key).ToList())
        {
            tenants.Remove(key);
        }

        foreach (var key in gates.Where(g => g.Value <= now).Select(g => g.Key).ToList())
        {
            gates.Remove(key);
        }
    }
}
