using System.Globalization;
using SomeTeams.Benchmarks.Pipeline;
using SomeTeams.TestKit.Azurite;

// Issue #4: mentions through poll → triage → card on Azurite. (a) an unlimited fake Bot Connector,
// against a raw Azurite queue baseline in the same run; (b) a fake that enforces Teams' limits with
// 429s, where the pacer should keep every post under them. Usage: [--mentions N] [--limited-mentions M]
var mentions = Option("--mentions", 5000);
// (b) with the full count does not drain within ~5 minutes on a shared 2-core machine (run (a) shows the rate), so it
// runs on fewer mentions unless --limited-mentions says otherwise; the output says which count it used.
var limited = Math.Min(mentions, Option("--limited-mentions", 1000));
var timeout = TimeSpan.FromMinutes(Option("--timeout-minutes", 15));
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    Print($"pipeline benchmark: poll → triage → card on Azurite (PID {azurite.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "external"}), {PipelineRun.Accounts} accounts each routed to its own channel, embedded runner");
    var baseline = await Baseline.MeasureAsync(azurite.ConnectionString, mentions, CancellationToken.None);
    Print($"baseline: {mentions:N0} messages enqueued + received (32/batch) + deleted, sequential SDK calls: {baseline,8:N0} messages/s");

    var a = await PipelineRun.RunAsync(azurite, mentions, enforceTeamsLimits: false, timeout, CancellationToken.None);
    Print($"(a) unlimited Bot Connector: {a.Mentions:N0} mentions, {a.Carded:N0} cards ({a.ThreadPosts:N0} thread posts) in {a.Seconds:F1} s{(a.TimedOut ? " — TIMED OUT" : "")}");
    Print($"    writes over Teams limits (replayed; the fake does not throttle here): {a.OverLimits}");
    Print($"    throughput {a.Throughput,8:N1} mentions/s   latency enqueue → card post p50 {a.P50,8:N0} ms   p95 {a.P95,8:N0} ms");
    Print($"    ratio pipeline/baseline: {a.Throughput / baseline:F3} (the pipeline reaches {100 * a.Throughput / baseline:F1}% of raw queue throughput)");

    var b = await PipelineRun.RunAsync(azurite, limited, enforceTeamsLimits: true, timeout, CancellationToken.None);
    Print($"(b) Bot Connector enforcing Teams limits (429s), {limited:N0} mentions{(limited == mentions ? "" : $" (not {mentions:N0}: --limited-mentions)")}:");
    Print($"    429s sent: {b.Throttled}   writes over Teams limits (thread creations included, replayed): {b.OverLimits}");
    Print($"    time to drain: {b.Seconds:F1} s   cards {b.Carded:N0} ({b.ThreadPosts:N0} thread posts)   lost: {b.Lost}{(b.TimedOut ? " — TIMED OUT" : "")}");
    Print($"    throughput {b.Throughput,8:N1} mentions/s   latency p50 {b.P50,8:N0} ms   p95 {b.P95,8:N0} ms");
    Print($"{(a.Lost == 0 && b.Lost == 0 ? "no mention was lost in either run" : $"NOT CARDED (lost, or still queued when a run timed out): (a) {a.Lost}{(a.TimedOut ? " (timed out)" : "")}, (b) {b.Lost}{(b.TimedOut ? " (timed out)" : "")}")}");
    return a.Lost == 0 && b.Lost == 0 ? 0 : 1;
}
finally
{
    // Stops the Azurite this run started, by its PID.
    await azurite.DisposeAsync();
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
