using SomeTeams.Connectors.Demo;

namespace SomeTeams.Connectors.Tests.Demo;

public sealed class DemoStreamTests
{
    private static readonly string[] Languages = ["fi", "sv", "en"];

    private static IReadOnlyList<DemoEvent> Items => [.. DemoHarness.Stream.Events.Where(e => e.Deletes is null && !e.Own)];

    [Fact]
    public void Stream_HasAtLeast300ItemsAcrossEveryNetworkAndLanguage()
    {
        Assert.True(Items.Count >= 300, $"{Items.Count} items");
        Assert.Equal(["bluesky", "facebook", "instagram", "mastodon", "rss", "x", "youtube"], Items.Select(e => e.Net).Distinct().Order());
        Assert.All(Languages, lang => Assert.True(Items.Count(e => e.Lang == lang) >= 25, lang));
        Assert.All(Items, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
        Assert.Equal(Items.Count, Items.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Stream_HasFollowUpsPrivateMessagesPersonalDataDeletionsAndOwnEchoes()
    {
        var byId = DemoHarness.Stream.Events.ToDictionary(e => e.Id);
        var followUps = Items.Where(e => e.Thread is not null).ToList();
        Assert.True(followUps.Count >= 15);
        Assert.All(followUps, f => Assert.True(byId[f.Thread!].At < f.At && byId[f.ReplyTo!].At < f.At));
        Assert.Contains(followUps, f => byId[f.Thread!].Author!.Id == f.Author!.Id);
        Assert.True(Items.Count(e => e.Private) >= 8);
        Assert.Contains(Items, e => e.Text!.Contains("4111 1111 1111 1111", StringComparison.Ordinal));
        Assert.Contains(Items, e => e.Text!.Contains("FI21 1234 5600 0007 85", StringComparison.Ordinal));
        Assert.Contains(Items, e => e.Text!.Contains("131052-308T", StringComparison.Ordinal));
        var deletions = DemoHarness.Stream.Events.Where(e => e.Deletes is not null).ToList();
        Assert.True(deletions.Count >= 3);
        Assert.All(deletions, d => Assert.True(byId[d.Deletes!].At < d.At && byId[d.Deletes!].Net == d.Net));
        Assert.True(DemoHarness.Stream.Events.Count(e => e.Own) >= 2);
    }

    [Fact]
    public void Stream_HasACrisisSpikeOfOutageMentionsWithinHalfAnHour()
    {
        var densest = Items.Select(start => Items.Count(e => e.At >= start.At && e.At < start.At + 1800)).Max();
        var buckets = Items.GroupBy(e => e.At / 1800).Select(g => g.Count()).Order().ToList();
        var median = buckets[buckets.Count / 2];

        Assert.True(densest >= 80, $"densest half hour has {densest}");
        Assert.True(densest >= 5 * median, $"densest {densest}, median half hour {median}");
    }
}
