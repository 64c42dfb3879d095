using System.Diagnostics;
using System.Globalization;
using SomeTeams.Benchmarks.Triage;
using SomeTeams.Core.Triage;

// Triage throughput on one core: 10,000 generated mentions, several rounds, medians printed,
// against a baseline pass (lower-case + split into words) over the same texts in the same run.
const int Count = 10_000;
const int Rounds = 7;
PinToOneCore();
var mentions = MentionGenerator.Generate(Count, seed: 20261123);
var triager = Triager.Default;
var sink = 0;

var triage = Measure(i =>
{
    var r = triager.Triage(mentions[i].Text, mentions[i].Network);
    sink += r.Topics.Count;
});
var baseline = Measure(i =>
{
    var words = mentions[i].Text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', '@', '#'], StringSplitOptions.RemoveEmptyEntries);
    sink += words.Length;
});

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"triage benchmark: {Count:N0} mentions, {Rounds} rounds, medians, one thread on one core"));
Print("triage  ", triage);
Print("baseline", baseline);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: triage takes {triage.Total / baseline.Total:F1}x the time of lower-casing and splitting the same texts"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(checksum {sink})"));

Result Measure(Action<int> work)
{
    for (var i = 0; i < Count; i++)
    {
        work(i);
    }

    var rounds = new List<Result>();
    var ticks = new long[Count];
    for (var round = 0; round < Rounds; round++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            work(i);
            ticks[i] = Stopwatch.GetTimestamp() - t;
        }

        var total = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Count;
        Array.Sort(ticks);
        rounds.Add(new Result(total, Micro(ticks[Count / 2]), Micro(ticks[Count * 99 / 100]), bytes));
    }

    double Median(Func<Result, double> f) => rounds.Select(f).Order().ElementAt(Rounds / 2);
    return new Result(Median(r => r.Total), Median(r => r.P50), Median(r => r.P99), Median(r => r.Bytes));
}

static double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

static void Print(string name, Result r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{name}: {Count / r.Total,12:N0} mentions/s   p50 {r.P50,7:F2} µs   p99 {r.P99,7:F2} µs   {r.Bytes,7:N0} bytes allocated/mention"));

static void PinToOneCore()
{
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }
}

internal sealed record Result(double Total, double P50, double P99, double Bytes);
