using Microsoft.Extensions.Time.Testing;
using SomeTeams.Connectors.Demo;
using SomeTeams.Connectors.Tests.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Demo;

/// <summary>The demo connector on the embedded stream with a fake clock.</summary>
internal sealed class DemoHarness
{
    public DemoHarness(string? pageBase = "http://127.0.0.1:3979/")
    {
        Connector = new DemoConnector(DemoStream.Default, Log, new DemoLinks(pageBase is null ? null : new Uri(pageBase)), Time, Logger);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 20, 6, 0, 0, TimeSpan.Zero));

    public DemoActivityLog Log { get; } = new();

    public ListLogger<DemoConnector> Logger { get; } = new();

    public DemoConnector Connector { get; }

    public static DemoStream Stream => DemoStream.Default;

    public static SourceAccount Account(string id, params (string Key, string Value)[] settings) =>
        new(id, Network.Demo, id, true, settings.ToDictionary(s => s.Key, s => s.Value));

    /// <summary>Polls every <paramref name="step"/> until <paramref name="until"/> real time has passed, keeping the cursor like a poller.</summary>
    public async Task<(List<FetchResult.Fetched> Results, string? Cursor)> PollAsync(SourceAccount account, TimeSpan step, TimeSpan until, string? cursor = null)
    {
        var results = new List<FetchResult.Fetched>();
        for (var passed = TimeSpan.Zero; passed <= until; passed += step)
        {
            var result = Assert.IsType<FetchResult.Fetched>(await Connector.FetchAsync(account, cursor, TestContext.Current.CancellationToken));
            cursor = result.NextCursor ?? cursor;
            results.Add(result);
            Time.Advance(step);
        }

        return (results, cursor);
    }
}
