using System.Diagnostics;
using System.Globalization;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;

// How much the period-jumping business clock saves over stepping a minute at a time, on the
// default service hours (Helsinki, Mon–Fri 9–17, Finnish holidays) from random starts in 2026.
// Run: dotnet run -c Release --project benchmarks/Policies
var clock = new BusinessClock(ServiceHours.Default);
var sla = new SlaClock(clock, SlaPolicy.Default);
var random = new Random(1);
var yearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
var starts = Enumerable.Range(0, 20_000).Select(_ => yearStart.AddMinutes(random.Next(0, 365 * 24 * 60))).ToArray();

var jump = Measure("AddBusinessTime 1 h", s => clock.AddBusinessTime(s, TimeSpan.FromHours(1)), starts);
var step = Measure("minute stepping 1 h (baseline)", s => Stepped(s, 60), starts[..500]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"ratio (baseline / jumping)",-34} {step / jump,10:F0}x"));
Measure("AddBusinessTime 40 h", s => clock.AddBusinessTime(s, TimeSpan.FromHours(40)), starts);
Measure("BusinessTimeBetween 3 days", s => clock.BusinessTimeBetween(s, s.AddDays(3)), starts);
Measure("SlaClock.Deadline", s => sla.Deadline(s, Priority.Normal, Sentiment.Neutral), starts);
var deadline = sla.Deadline(starts[0], Priority.Normal, Sentiment.Neutral);
Measure("SlaDeadline.ReachedAt (the sweep)", s => deadline.ReachedAt(s), starts);

static double Measure<T>(string name, Func<DateTimeOffset, T> run, DateTimeOffset[] inputs)
{
    foreach (var s in inputs.Take(2000))
    {
        run(s);
    }
    var watch = Stopwatch.StartNew();
    foreach (var s in inputs)
    {
        run(s);
    }
    var perOp = watch.Elapsed.TotalMicroseconds / inputs.Length;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {perOp,10:F2} µs/op"));
    return perOp;
}

DateTimeOffset Stepped(DateTimeOffset start, int minutes)
{
    var t = start;
    while (minutes > 0)
    {
        if (ServiceHours.Default.IsOpen(t))
        {
            minutes--;
        }
        t = t.AddMinutes(1);
    }
    return t;
}
