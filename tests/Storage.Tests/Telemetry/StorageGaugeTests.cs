using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Telemetry;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.Storage.Telemetry;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Storage.Tests.Telemetry;

/// <summary>The storage gauges through the app's own meter configuration, exported in memory.</summary>
public sealed class StorageGaugeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueueDepthGauge_ReflectsEnqueuedMessagesPerQueue()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var metrics = new List<MetricSnapshot>();
        await using var provider = Build(storage, metrics, new FakeTimeProvider(CaseBuilder.T0));
        var queues = provider.GetRequiredService<WorkQueues>();
        for (var i = 0; i < 3; i++)
        {
            await queues.Mentions.SendAsync($$"""{"n":{{i}}}""", Ct);
        }

        await queues.Cards.SendAsync("""{"caseId":"c-1"}""", Ct);

        var names = storage.Get<StorageNames>();
        await Eventually.TrueAsync(
            () => Depth(provider, metrics, names.MentionsQueue) == 3 && Depth(provider, metrics, names.CardsQueue) == 1,
            "the gauge shows 3 mentions and 1 card message", Ct);
        Assert.Equal(0, Depth(provider, metrics, names.OutboxQueue));
        Assert.Equal(0, Depth(provider, metrics, StorageNames.Poison(names.MentionsQueue)));
    }

    [Fact]
    public async Task BacklogGauges_OldestUnclaimedAgeAndOpenCasesPastDue()
    {
        var time = new FakeTimeProvider(CaseBuilder.T0.AddHours(3));
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var metrics = new List<MetricSnapshot>();
        await using var provider = Build(storage, metrics, time);
        var cases = provider.GetRequiredService<CaseStore>();
        await cases.CreateAsync(CaseBuilder.New(mention: CaseBuilder.Mention("g-1")), Ct);
        await cases.CreateAsync(CaseBuilder.Claimed(CaseBuilder.New(mention: CaseBuilder.Mention("g-2"))), Ct);
        await cases.CreateAsync(CaseBuilder.Closed(CaseBuilder.New(mention: CaseBuilder.Mention("g-3"))), Ct);

        await Eventually.TrueAsync(() => Last(provider, metrics, SomeTeamsMetrics.SlaBreachedName) == 2, "two open cases past due", Ct);

        Assert.Equal(TimeSpan.FromHours(3).TotalSeconds, Last(provider, metrics, SomeTeamsMetrics.OldestUnclaimedName));
    }

    private static ServiceProvider Build(TestStorage storage, List<MetricSnapshot> metrics, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:NamePrefix"] = storage.Prefix,
            ["Telemetry:GaugeRefresh"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton(time);
        services.AddStorage(configuration).AddSomeTeamsTelemetry(configuration, "someteams-tests").AddStorageGauges(configuration);
        // Exported only on ForceFlush, from the test's thread.
        services.AddOpenTelemetry().WithMetrics(m => m.AddInMemoryExporter(metrics, o => o.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = int.MaxValue));
        return services.BuildServiceProvider();
    }

    private static IEnumerable<MetricPoint> Collect(ServiceProvider provider, List<MetricSnapshot> metrics, string name)
    {
        metrics.Clear();
        provider.GetRequiredService<MeterProvider>().ForceFlush();
        return metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);
    }

    private static long? Depth(ServiceProvider provider, List<MetricSnapshot> metrics, string queue)
    {
        foreach (var point in Collect(provider, metrics, SomeTeamsMetrics.QueueDepthName))
        {
            foreach (var tag in point.Tags)
            {
                if (tag.Key == TraceTags.Queue && Equals(tag.Value, queue))
                {
                    return point.GetGaugeLastValueLong();
                }
            }
        }

        return null;
    }

    private static double? Last(ServiceProvider provider, List<MetricSnapshot> metrics, string name) =>
        Collect(provider, metrics, name).Select(p => (double?)p.GetGaugeLastValueDouble()).LastOrDefault();
}
