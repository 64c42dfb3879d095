namespace SomeTeams.TestKit.Fakes;

/// <summary>Teams' documented per-conversation write limits: 7/1 s, 8/2 s, 60/30 s, 1,800/1 h (bot-protocol.md §8.1).</summary>
internal sealed class TeamsLimits
{
    private static readonly (int Limit, TimeSpan Window)[] Windows =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Dictionary<string, List<DateTimeOffset>> log = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts the write and says whether it is within every window.</summary>
    public bool TryCount(string conversation, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!log.TryGetValue(conversation, out var times))
            {
                log[conversation] = times = [];
            }

            times.RemoveAll(t => t <= now - TimeSpan.FromHours(1));
            if (Windows.Any(w => times.Count(t => t > now - w.Window) >= w.Limit))
            {
                return false;
            }

            times.Add(now);
            return true;
        }
    }
}
