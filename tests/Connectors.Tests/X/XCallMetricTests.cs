using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.X;

/// <summary>Pay-per-use: writes are counted like reads, on the meter the connectors publish for exporters.</summary>
public sealed class XCallMetricTests
{
    [Fact]
    public async Task Perform_Reply_IsCountedAsAnActionCall_ARefusalCostsNothing()
    {
        await using var x = await XHarness.StartAsync();
        var target = new Mention(Network.X, "x-acme", "1960000000000000002", MentionKind.Post, "1960000000000000002", null,
            new Author("2222222222", "danak", "Dana K"), "@AcmeSupport my order never arrived", new DateTimeOffset(2026, 8, 20, 9, 15, 2, TimeSpan.Zero), false);
        var counted = new ConcurrentBag<(int Value, string? Operation)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ConnectorMeters.Names.Contains(instrument.Meter.Name) && instrument.Meter.Scope == x.MeterScope)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            if (all.Contains(new KeyValuePair<string, object?>("account", "x-acme")))
            {
                counted.Add((value, all.Single(t => t.Key == "operation").Value as string));
            }
        });
        listener.Start();

        Assert.IsType<ActionOutcome.Done>(await x.PerformAsync(x.Account(), new SocialAction(SocialActionKind.ReplyPublic, target, "@danak Sorry! DM us please.", "a-1")));
        Assert.IsType<ActionOutcome.Refused>(await x.PerformAsync(x.Account(), new SocialAction(SocialActionKind.Like, target, null, "a-2")));

        Assert.Equal([(1, "action")], counted);
        Assert.Single(x.Fake.Received);
    }
}
