using System.Globalization;
using SomeTeams.Benchmarks.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;

// Issue #4: mentions through poll → triage → card on Azurite. (a) an unlimited fake Bot Connector,
// against a raw Azurite queue baseline in the same run; (b) a fake that enforces Teams' limits with
// 429s, where the pacer should keep every post under them.
// Usage: [--mentions N] [--limited-mentions M] [--channels C] [--timeout-minutes T] [--only a|b]
// (b) uses N mentions unless --limited-mentions says otherwise; the output says which count it used.
var mentions = Option("--mentions", 5000);
var limited = Math.Min(mentions, Option("--limited-mentions", mentions));
var channels = Option("--channels", 50);
var timeout = TimeSpan.FromMinutes(Option("--timeout-minutes", 25));
var only = Array.IndexOf(args, "--only") is var o && o >= 0 && o + 1 < args.Length ? args[o + 1] : "ab";
const int PacerBudget = 40; // ConnectorOptions.TenantRequestsPerSecond's default.
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    Print($"pipeline benchmark: poll → triage → card on Azurite (PID {azurite.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "external"}), {channels} accounts each routed to its own channel, embedded runner");
    using var profile = new StorageProfile(Port("QueueEndpoint"), Port("TableEndpoint"));
    var baseline = await Baseline.MeasureAsync(azurite.ConnectionString, mentions, CancellationToken.None);
    Print($"baseline: {mentions:N0} messages enqueued + received (32/batch) + deleted, sequential SDK calls: {baseline,8:N0} messages/s");
    var lost = 0;
    if (only.Contains('a', StringComparison.Ordinal))
    {
        profile.Reset();
        var a = await PipelineRun.RunAsync(azurite, mentions, channels, enforceTeamsLimits: false, timeout, CancellationToken.None);
        Print($"(a) unlimited Bot Connector: {a.Mentions:N0} mentions, {a.Carded:N0} cards ({a.ThreadPosts:N0} thread posts) in {a.Seconds:F1} s{(a.TimedOut ? " — TIMED OUT" : "")}");
        Print($"    throughput {a.Throughput,8:N1} mentions/s   latency enqueue → card post p50 {a.P50,8:N0} ms   p95 {a.P95,8:N0} ms");
        Print($"    ratio pipeline/baseline: {a.Throughput / baseline:F3} (the pipeline reaches {100 * a.Throughput / baseline:F1}% of raw queue throughput)");
        Print($"    the pacer still keeps Teams' limits here: no drain can beat {TeamsBound.MinimumSeconds(a.Mentions, Math.Min(channels, a.Mentions), PacerBudget):F1} s ({PacerBudget}/s tenant budget)");
        Print($"    writes over Teams limits (replayed at arrival; this fake does not throttle): {a.OverLimits}   lost: {a.Lost}");
        Print($"    storage requests by operation:\n{profile.Report(a.Mentions)}");
        lost += a.Lost;
    }

    if (only.Contains('b', StringComparison.Ordinal))
    {
        profile.Reset();
        var b = await PipelineRun.RunAsync(azurite, limited, channels, enforceTeamsLimits: true, timeout, CancellationToken.None);
        var postsPerChannel = (double)limited / Math.Min(channels, limited);
        Print($"(b) Bot Connector enforcing Teams limits (429s; thread creation counts per channel, {TeamsLimits.TenantPerSecond}/s per tenant), {limited:N0} mentions in {channels} channels ({postsPerChannel:F0} posts each){(limited == mentions ? "" : $" (not {mentions:N0}: --limited-mentions)")}:");
        Print($"    429s sent: {b.Throttled}   writes over Teams limits (replayed at arrival): {b.OverLimits}");
        Print($"    time to drain: {b.Seconds:F1} s   theoretical minimum: {TeamsBound.MinimumSeconds(limited, Math.Min(channels, limited), TeamsLimits.TenantPerSecond):F1} s at Teams' limits, {TeamsBound.MinimumSeconds(limited, Math.Min(channels, limited), PacerBudget):F1} s at the pacer's {PacerBudget}/s tenant budget");
        Print($"    cards {b.Carded:N0} ({b.ThreadPosts:N0} thread posts)   lost: {b.Lost}{(b.TimedOut ? " — TIMED OUT" : "")}");
        Print($"    throughput {b.Throughput,8:N1} mentions/s   latency p50 {b.P50,8:N0} ms   p95 {b.P95,8:N0} ms   ratio pipeline/baseline: {b.Throughput / baseline:F3}");
        Print($"    storage requests by operation:\n{profile.Report(b.Mentions)}");
        lost += b.Lost;
    }

    Print($"{(lost == 0 ? "no mention was lost" : $"NOT CARDED (lost, or still queued when a run timed out): {lost}")}");
    return lost == 0 ? 0 : 1;
}
finally
{
    // Stops the Azurite this run started, by its PID.
    await azurite.DisposeAsync();
}

int Port(string endpoint) =>
    new Uri(azurite.ConnectionString.Split(';').First(p => p.StartsWith(endpoint + "=", StringComparison.Ordinal))[(endpoint.Length + 1)..]).Port;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
