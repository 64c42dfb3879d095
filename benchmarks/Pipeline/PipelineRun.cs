using System.Diagnostics;
using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>What one run measured: cards posted for distinct mentions, latencies enqueue → card post, 429s.</summary>
internal sealed record RunResult(int Mentions, int Carded, int ThreadPosts, int Throttled, int OverLimits, double Seconds, double P50, double P95, bool TimedOut)
{
    public double Throughput => Carded / Seconds;

    public int Lost => Mentions - Carded;
}

/// <summary>
/// One run: a fresh set of tables and queues, the host started, the poller ticked until the network
/// has handed out every mention (the enqueue moment of each is when its page was fetched, right
/// before the intake enqueues it; a tick polls all accounts, so its return would be too late), then waits
/// until the fake Bot Connector has a channel thread for every mention's token.
/// </summary>
internal static partial class PipelineRun
{
    private const int PageSize = 100;

    /// <param name="channels">Accounts, each routed to its own channel: Teams' limits are per channel, so this sets how far they bind.</param>
    public static async Task<RunResult> RunAsync(AzuriteFixture azurite, int mentions, int channels, bool enforceTeamsLimits, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var accounts = Math.Min(channels, mentions);
        var perAccount = Enumerable.Range(0, accounts).Select(a => (mentions / accounts) + (a < mentions % accounts ? 1 : 0)).ToArray();
        var network = new BenchNetwork(perAccount, PageSize, TimeProvider.System);
        await using var storage = await TestStorage.CreateAsync(azurite, cancellationToken);
        await using var host = await PipelineHost.StartAsync(storage, network, accounts, enforceTeamsLimits, cancellationToken);
        var enqueued = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var carded = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (network.Served < mentions && Stopwatch.GetTimestamp() < deadline)
        {
            await host.PollAsync(cancellationToken);
            foreach (var (token, at) in network.TakeFetched())
            {
                enqueued.TryAdd(token, at);
            }
        }

        var seen = 0;
        var posts = 0;
        var lastCard = start;
        while (carded.Count < mentions && Stopwatch.GetTimestamp() < deadline)
        {
            var requests = host.Teams.Requests;
            for (; seen < requests.Count; seen++)
            {
                var r = requests[seen];
                if (r is { Method: "POST", StatusCode: < 300 } && r.Segments[^1] == "conversations" && Token().Match(r.Body) is { Success: true } m)
                {
                    posts++;
                    carded.TryAdd(m.Value, r.At);
                    lastCard = Stopwatch.GetTimestamp();
                }
            }

            if (carded.Count < mentions)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        var latencies = carded.Where(c => enqueued.ContainsKey(c.Key)).Select(c => (c.Value - enqueued[c.Key]).TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
        var throttled = host.Teams.Requests.Count(r => r.StatusCode == 429);
        var overLimits = TeamsLimits.Violations(host.Teams.Requests);
        return new RunResult(mentions, carded.Count, posts, throttled, overLimits, Stopwatch.GetElapsedTime(start, lastCard).TotalSeconds, Percentile(0.50), Percentile(0.95), carded.Count < mentions);
    }

    [GeneratedRegex(@"B\d{8}")]
    private static partial Regex Token();
}
