using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// Counts and times every HTTP request this process makes to Azurite, by operation (table point
/// read, query, insert, batch…; queue send, receive, delete, update), from the "System.Net.Http"
/// activities the runtime emits for each request. Costs nothing in the product code: it is how the
/// per-mention storage round trips are counted and where the time goes is seen.
/// </summary>
internal sealed partial class StorageProfile : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, (long Count, double Milliseconds)> _operations = new(StringComparer.Ordinal);
    private readonly int[] _ports;

    public StorageProfile(params int[] ports)
    {
        _ports = ports;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Reset() => _operations.Clear();

    /// <summary>One line per operation: count, per mention, mean latency and share of all storage time.</summary>
    public string Report(int mentions)
    {
        var total = _operations.Values.Sum(v => v.Milliseconds);
        var lines = new StringBuilder();
        foreach (var (name, (count, ms)) in _operations.OrderByDescending(o => o.Value.Milliseconds))
        {
            lines.Append(CultureInfo.InvariantCulture, $"    {name,-28} {count,8:N0}  {(double)count / mentions,6:F2}/mention  mean {ms / count,7:F1} ms  {100 * ms / total,5:F1}% of storage time\n");
        }

        var all = _operations.Values.Sum(v => v.Count);
        lines.Append(CultureInfo.InvariantCulture, $"    {"all storage requests",-28} {all,8:N0}  {(double)all / mentions,6:F2}/mention");
        return lines.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        if (activity.GetTagItem("url.full") is not string url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !_ports.Contains(uri.Port))
        {
            return;
        }

        var method = activity.GetTagItem("http.request.method") as string ?? "?";
        var name = Classify(uri.Port == _ports[0] ? "queue" : "table", method, uri.AbsolutePath, uri.Query);
        _operations.AddOrUpdate(name, (1, activity.Duration.TotalMilliseconds), (_, v) => (v.Count + 1, v.Milliseconds + activity.Duration.TotalMilliseconds));
    }

    // Names without the run's random prefix: "t0123456789cases" → "cases".
    private static string Classify(string service, string method, string path, string query)
    {
        var parts = path.Trim('/').Split('/');
        var resource = parts.Length > 1 ? Prefix().Replace(Uri.UnescapeDataString(parts[1]), "") : "";
        if (service == "queue")
        {
            var op = (method, parts.Length) switch
            {
                ("POST", _) => "send",
                ("GET", 3) => query.Contains("peekonly", StringComparison.Ordinal) ? "peek" : "receive",
                ("DELETE", 4) => "delete",
                ("PUT", 4) => "update (visibility)",
                ("GET", 2) => "properties",
                _ => method.ToLowerInvariant(),
            };
            return $"queue {resource.Split('(')[0]} {op}";
        }

        var table = resource.Split('(')[0];
        var keyed = resource.Contains("(PartitionKey=", StringComparison.Ordinal);
        var tableOp = (method, keyed) switch
        {
            ("GET", true) => "point read",
            ("GET", false) => "query",
            ("POST", false) when table == "$batch" => "transaction",
            ("POST", false) => "insert",
            ("PUT", true) => "replace",
            ("PATCH", true) or ("MERGE", true) => "merge",
            ("DELETE", true) => "delete",
            _ => method.ToLowerInvariant(),
        };
        return table == "$batch" ? "table transaction" : $"table {table} {tableOp}";
    }

    [GeneratedRegex("^t[0-9a-f]{10}")]
    private static partial Regex Prefix();
}
