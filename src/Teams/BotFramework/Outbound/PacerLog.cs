namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// The writes of one conversation (or one tenant) as Teams may have counted them. Teams counts a
/// write when it arrives, which is somewhere between the moment we send it and the moment its answer
/// comes back; so an answered write counts at its answer (never earlier than Teams saw it) and a
/// write still on its way counts as "now, and later" until it is answered. Not thread-safe: the
/// pacer holds its lock around every use.
/// </summary>
internal sealed class PacerLog
{
    /// <summary>A write with no answer after this long (a bug, a lost callback) stops holding its window.</summary>
    private static readonly TimeSpan StaleInFlight = TimeSpan.FromMinutes(5);

    /// <summary>A writer told to go ahead (<see cref="Promise"/>) that has not asked for its slot within this is forgotten.</summary>
    private static readonly TimeSpan PromiseExpiry = TimeSpan.FromSeconds(10);

    private readonly List<DateTimeOffset> answered = [];
    private readonly List<DateTimeOffset> inFlight = [];
    private readonly List<DateTimeOffset> promised = [];

    /// <summary>Where the pacer told the last deferred writer to come back; spreads deferred writers out.</summary>
    public DateTimeOffset DeferredUntil { get; set; }

    public DateTimeOffset LastUse { get; private set; }

    public bool IsIdle => inFlight.Count == 0;

    /// <summary>
    /// The earliest moment one more write fits <paramref name="limit"/> in <paramref name="window"/>;
    /// null while writes on their way already fill the window (it depends on when they are answered).
    /// An <paramref name="estimate"/> also counts the writers promised a slot, and takes writes on
    /// their way as answered now, so it always has an answer.
    /// </summary>
    public DateTimeOffset? EarliestSlot(int limit, TimeSpan window, TimeSpan margin, DateTimeOffset now, bool estimate = false)
    {
        ExpireInFlight(now);
        promised.RemoveAll(t => t <= now - PromiseExpiry);
        var pending = inFlight.Count + (estimate ? promised.Count : 0);
        if (pending >= limit)
        {
            return estimate ? now + window + margin : null;
        }

        var k = limit - pending;
        return answered.Count >= k && answered[^k] > now - window - margin ? answered[^k] + window + margin : now;
    }

    /// <summary>A writer was told its slot is near; until it asks for it, estimates count it as on its way.</summary>
    public void Promise(DateTimeOffset now) => promised.Add(now);

    public void Start(DateTimeOffset now, TimeSpan keep)
    {
        if (promised.Count > 0)
        {
            promised.RemoveAt(0);
        }

        var stale = answered.FindIndex(t => t > now - keep);
        answered.RemoveRange(0, stale < 0 ? answered.Count : stale);
        inFlight.Add(now);
        LastUse = now;
    }

    /// <summary>The write started at <paramref name="started"/> was answered at <paramref name="now"/>.</summary>
    public void Answer(DateTimeOffset started, DateTimeOffset now)
    {
        if (inFlight.Remove(started))
        {
            Insert(now);
        }

        LastUse = now;
    }

    private void ExpireInFlight(DateTimeOffset now)
    {
        while (inFlight.Count > 0 && inFlight[0] <= now - StaleInFlight)
        {
            Insert(inFlight[0] + StaleInFlight);
            inFlight.RemoveAt(0);
        }
    }

    // Answers mostly arrive in order, so this nearly always appends.
    private void Insert(DateTimeOffset at)
    {
        var i = answered.Count;
        while (i > 0 && answered[i - 1] > at)
        {
            i--;
        }

        answered.Insert(i, at);
    }
}
