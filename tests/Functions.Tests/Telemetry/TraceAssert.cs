using System.Diagnostics;

namespace SomeTeams.Functions.Tests.Telemetry;

internal static class TraceAssert
{
    /// <summary>The one span named <paramref name="name"/> whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public static Activity Span(IEnumerable<Activity> spans, string name, string tag, string value) =>
        Assert.Single(spans, s => s.DisplayName == name && Equals(s.GetTagItem(tag), value));

    public static void ChildOf(Activity parent, Activity child)
    {
        Assert.Equal(parent.TraceId, child.TraceId);
        Assert.Equal(parent.SpanId, child.ParentSpanId);
    }

    /// <summary>No span name, tag or event of the trace holds any of <paramref name="secrets"/>.</summary>
    public static void HoldsNone(IEnumerable<Activity> trace, params string[] secrets)
    {
        foreach (var span in trace)
        {
            var texts = span.TagObjects.Select(t => t.Key + "=" + t.Value).Append(span.DisplayName).Append(span.StatusDescription ?? "")
                .Concat(span.Events.Select(e => e.Name));
            foreach (var text in texts)
            {
                Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
