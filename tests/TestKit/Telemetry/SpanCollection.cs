using System.Collections;
using System.Diagnostics;

namespace SomeTeams.TestKit.Telemetry;

/// <summary>
/// The spans an in-memory exporter finished, safe to read while the host is still exporting
/// (the exporter adds from its threads, the test reads from its own).
/// </summary>
public sealed class SpanCollection : ICollection<Activity>
{
    private readonly List<Activity> spans = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return spans.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (gate)
        {
            return [.. spans];
        }
    }

    /// <summary>Every span of one trace.</summary>
    public IReadOnlyList<Activity> Trace(ActivityTraceId traceId) => [.. Snapshot().Where(s => s.TraceId == traceId)];

    public void Add(Activity item)
    {
        lock (gate)
        {
            spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item) => Snapshot().Contains(item);

    public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(Activity item)
    {
        lock (gate)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
