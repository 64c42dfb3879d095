using System.Text.RegularExpressions;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// Replays the successful writes against Teams' limits (bot-protocol.md §8.1): per channel (a channel
/// and its threads are one conversation) 7/1 s, 8/2 s, 60/30 s, 1,800/1 h, and 50/s per tenant. The
/// fake only throttles writes into an existing conversation, not the creation of channel threads,
/// so this counts the thread creations Teams itself would have answered with 429.
/// </summary>
internal static partial class LimitCheck
{
    private static readonly (int Limit, TimeSpan Window)[] Channel =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private const int TenantPerSecond = 50;

    public static int Violations(IReadOnlyList<ConnectorRequest> requests)
    {
        var writes = requests.Where(r => r is { StatusCode: < 300 } && r.Method != "GET").OrderBy(r => r.At).ToList();
        var byChannel = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var tenant = new List<DateTimeOffset>();
        var violations = 0;
        foreach (var w in writes)
        {
            var channel = w.Segments.Count > 2 ? w.Segments[2].Split(';')[0] : ChannelOf().Match(w.Body).Value;
            if (!byChannel.TryGetValue(channel, out var log))
            {
                byChannel[channel] = log = [];
            }

            if (Channel.Any(c => log.Count(t => t > w.At - c.Window) >= c.Limit) || tenant.Count(t => t > w.At - TimeSpan.FromSeconds(1)) >= TenantPerSecond)
            {
                violations++;
            }

            log.Add(w.At);
            tenant.Add(w.At);
            tenant.RemoveAll(t => t <= w.At - TimeSpan.FromSeconds(1));
        }

        return violations;
    }

    [GeneratedRegex(@"19:[^""@]+@thread\.tacv2")]
    private static partial Regex ChannelOf();
}
