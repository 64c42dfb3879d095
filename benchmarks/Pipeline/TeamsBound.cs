namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// The shortest time in which <c>writes</c> card posts spread evenly over <c>channels</c> channels can
/// all be written within Teams' limits (bot-protocol.md §8.1: per channel 7/1 s, 8/2 s, 60/30 s,
/// 1,800/1 h; per tenant a rate per second), if every post were ready at time zero and took no time.
/// Each write goes at the earliest moment every window allows (greedy, which is optimal for
/// sliding-window counts); the time of the last write is the bound a drain cannot beat.
/// </summary>
internal static class TeamsBound
{
    private static readonly (int Limit, double Window)[] Channel = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    public static double MinimumSeconds(int writes, int channels, int tenantPerSecond)
    {
        var perChannel = Enumerable.Range(0, channels).Select(c => (writes / channels) + (c < writes % channels ? 1 : 0)).ToArray();
        var logs = perChannel.Select(n => new List<double>(n)).ToArray();
        var tenant = new List<double>(writes);
        var last = 0.0;
        for (var k = 0; k < writes; k++)
        {
            // The channel that could write soonest, among those with writes left.
            var best = -1;
            var bestAt = double.MaxValue;
            for (var c = 0; c < channels; c++)
            {
                if (logs[c].Count < perChannel[c] && Earliest(logs[c]) is var at && at < bestAt)
                {
                    (best, bestAt) = (c, at);
                }
            }

            var t = Math.Max(bestAt, tenant.Count >= tenantPerSecond ? tenant[^tenantPerSecond] + 1 : 0);
            logs[best].Add(t);
            tenant.Add(t);
            last = Math.Max(last, t);
        }

        return last;
    }

    private static double Earliest(List<double> log) =>
        Channel.Max(w => log.Count >= w.Limit ? log[^w.Limit] + w.Window : 0);
}
