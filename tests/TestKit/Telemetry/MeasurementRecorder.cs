using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.TestKit.Telemetry;

/// <summary>
/// Records the measurements of one SomeTeams instrument while it lives, with their tags. The
/// counters are process-wide, so tests that compare counts run in <see cref="SerialTelemetry"/>.
/// </summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(long Value, IReadOnlyDictionary<string, object?> Tags)> measurements = new();

    public MeasurementRecorder(string instrument)
    {
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == SomeTeamsTelemetry.Name && i.Name == instrument)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(value, tags));
        listener.Start();
    }

    /// <summary>The sum of the measurements whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public long Sum(string tag, string value) =>
        measurements.Where(m => m.Tags.TryGetValue(tag, out var v) && Equals(v, value)).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();

    private void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Enqueue((value, copy));
    }
}
