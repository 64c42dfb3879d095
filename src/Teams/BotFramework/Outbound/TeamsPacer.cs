using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// Client-side pacing of writes to Teams (bot-protocol.md §8.1): per conversation (a channel and
/// its threads count as one, and so does the creation of a thread in it) 7 in 1 s, 8 in 2 s, 60 in
/// 30 s and 1,800 in 1 h; per tenant a budget per second; and after a 429 the whole tenant waits out
/// Retry-After (one shared gate, as Company Communicator does). Both hosts post through one instance.
/// Teams counts a write when it arrives, which we cannot see, so a write counts from its answer
/// (<see cref="PacedWrite.Dispose"/>) and while unanswered it holds its place in every window.
/// </summary>
public sealed class TeamsPacer(TimeProvider time, IOptions<ConnectorOptions> options)
{
    private static readonly (int Limit, TimeSpan Window)[] ConversationWindows =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);
    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(1);

    /// <summary>How long a writer blocked by unanswered writes waits before looking again, in case an answer is lost.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, PacerLog> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PacerLog> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> gates = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int sinceSweep;

    /// <summary>Slots handed out so far; lets a test tell a granted write from one still waiting.</summary>
    internal long Granted { get; private set; }

    /// <summary>Waits until one more write to this conversation fits every window, then counts it until it is disposed (answered).</summary>
    public async Task<PacedWrite> WaitForSlotAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        var key = ConversationIds.WithoutThread(conversationId);
        while (true)
        {
            TimeSpan? wait;
            Task anyAnswer;
            lock (gate)
            {
                var now = time.GetUtcNow();
                var ready = EarliestSlot(now, tenantId, key, out _);
                if (ready <= now)
                {
                    Log(conversations, key).Start(now, Longest);
                    Log(tenants, tenantId).Start(now, TenantWindow + Margin(TenantWindow));
                    Granted++;
                    Sweep(now);
                    return new PacedWrite(this, tenantId, key, now);
                }

                wait = ready - now;
                anyAnswer = answered.Task;
            }

            if (wait is { } delay)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.WhenAny(anyAnswer, Task.Delay(Recheck, time, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>
    /// Null when a write to this conversation can start within <paramref name="inline"/>; otherwise when
    /// a writer that does not want to wait that long should come back. Successive deferrals of one
    /// conversation are spread out at its sustained rate, so they do not all return at once.
    /// </summary>
    public DateTimeOffset? DeferUntil(string tenantId, string conversationId, TimeSpan inline)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        var key = ConversationIds.WithoutThread(conversationId);
        lock (gate)
        {
            var now = time.GetUtcNow();
            var log = Log(conversations, key);
            var ready = EarliestSlot(now, tenantId, key, out var spacing, estimate: true) ?? now;
            if (ready <= now + inline)
            {
                // Counted until it asks for its slot, so writers checking at the same moment do not all go inline.
                log.Promise(now);
                return null;
            }

            var back = ready > log.DeferredUntil + spacing ? ready : log.DeferredUntil + spacing;
            log.DeferredUntil = back;
            return back;
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

    /// <summary>When one more write to the conversation could start; null while unanswered writes fill a window.</summary>
    internal DateTimeOffset? NextSlot(string tenantId, string conversationId)
    {
        lock (gate)
        {
            return EarliestSlot(time.GetUtcNow(), tenantId, ConversationIds.WithoutThread(conversationId), out _);
        }
    }

    internal void Answer(PacedWrite write)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            var now = time.GetUtcNow();
            Log(conversations, write.Conversation).Answer(write.Started, now);
            Log(tenants, write.TenantId).Answer(write.Started, now);
            signal = answered;
            answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    /// <summary>The earliest moment for one more write (null: wait for an answer), and the spacing of the window that binds.</summary>
    private DateTimeOffset? EarliestSlot(DateTimeOffset now, string tenantId, string key, out TimeSpan spacing, bool estimate = false)
    {
        DateTimeOffset? ready = gates.TryGetValue(tenantId, out var until) && until > now ? until : now;
        spacing = TimeSpan.Zero;
        var log = Log(conversations, key);
        foreach (var (limit, window) in ConversationWindows)
        {
            var slot = log.EarliestSlot(limit, window, Margin(window), now, estimate);
            if (slot is null || slot > now)
            {
                // The slowest window that binds sets the pace at which this conversation's writes can go.
                spacing = window / limit > spacing ? window / limit : spacing;
            }

            ready = slot is null || ready is null ? null : (slot > ready ? slot : ready);
        }

        var tenantSlot = Log(tenants, tenantId).EarliestSlot(Math.Max(1, options.Value.TenantRequestsPerSecond), TenantWindow, Margin(TenantWindow), now, estimate);
        return tenantSlot is null || ready is null ? null : (tenantSlot > ready ? tenantSlot : ready);
    }

    // Answers are an upper bound on arrival, so this only absorbs rounding and Teams' "estimates".
    private static TimeSpan Margin(TimeSpan window) => TimeSpan.FromTicks(Math.Min(window.Ticks / 100, TimeSpan.TicksPerSecond));

    private static PacerLog Log(Dictionary<string, PacerLog> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = new PacerLog();
        }

        return log;
    }

    // Forget conversations and tenants that have been quiet for longer than any window.
    private void Sweep(DateTimeOffset now)
    {
        if (++sinceSweep < 1024)
        {
            return;
        }

        sinceSweep = 0;
        foreach (var logs in new[] { conversations, tenants })
        {
            foreach (var key in logs.Where(c => c.Value.IsIdle && c.Value.LastUse <= now - Longest && c.Value.DeferredUntil <= now).Select(c => c.Key).ToList())
            {
                logs.Remove(key);
            }
        }

        foreach (var key in gates.Where(g => g.Value <= now).Select(g => g.Key).ToList())
        {
            gates.Remove(key);
        }
    }
}
