using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Demo;

public sealed class DemoConnectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_AfterOneMinuteAtSpeed60_ReturnsTheFirstHourOfTheImitatedNetwork()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-x");
        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(account, null, Ct));
        h.Time.Advance(TimeSpan.FromMinutes(1));

        var second = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(account, first.NextCursor, Ct));

        var expected = DemoHarness.Stream.Events.Where(e => e.Net == "x" && e.At <= 3600 && e.Deletes is null && !e.Own).Select(e => e.Id);
        Assert.Equal(expected, first.Mentions.Concat(second.Mentions).Select(m => m.ExternalId));
        Assert.All(second.Mentions, m => Assert.Equal((Network.Demo, "demo-x"), (m.Network, m.AccountId)));
    }

    [Fact]
    public async Task Fetch_PolledThroughAWholeLap_GivesEveryItemOnceWithoutOwnEchoes()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook", ("Loop", "false"));

        var (results, _) = await h.PollAsync(account, TimeSpan.FromSeconds(17), TimeSpan.FromSeconds(DemoHarness.Stream.Length / 60.0 + 60));

        var ids = results.SelectMany(r => r.Mentions).Select(m => m.ExternalId).ToList();
        var expected = DemoHarness.Stream.Events.Where(e => e.Net == "facebook" && e.Deletes is null && !e.Own).Select(e => e.Id);
        Assert.Equal(expected, ids);
        Assert.DoesNotContain(results.SelectMany(r => r.Mentions), m => m.Author.ExternalId == "brand");
        Assert.Empty(results[^1].Mentions);
    }

    [Fact]
    public async Task Fetch_PastTheEndWithLoop_StartsAgainWithNewIds()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-x");
        var first = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(account, null, Ct));
        h.Time.Advance(TimeSpan.FromSeconds(DemoHarness.Stream.Length / 60.0 + 120));

        var result = Assert.IsType<FetchResult.Fetched>(await h.Connector.FetchAsync(account, first.NextCursor, Ct));

        var firstX = DemoHarness.Stream.Events.First(e => e.Net == "x" && e.Deletes is null && !e.Own).Id;
        Assert.Contains(result.Mentions, m => m.ExternalId == firstX);
        Assert.Contains(result.Mentions, m => m.ExternalId == firstX + "-r1");
        Assert.StartsWith(first.NextCursor!.Split(':')[0] + ":1:", result.NextCursor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HigherSpeed_ReplaysMoreOfTheStreamInTheSameTime()
    {
        var slow = new DemoHarness();
        var fast = new DemoHarness();
        var (slowResults, _) = await slow.PollAsync(DemoHarness.Account("demo-x", ("Speed", "60")), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));
        var (fastResults, _) = await fast.PollAsync(DemoHarness.Account("demo-x", ("Speed", "600")), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));

        Assert.True(fastResults.Sum(r => r.Mentions.Count) > 3 * slowResults.Sum(r => r.Mentions.Count));
    }

    [Fact]
    public async Task Fetch_AuthorDeletesAnItem_ReportsItAndActionsOnItFailAsNotFound()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-x", ("Loop", "false"));
        var (results, _) = await h.PollAsync(account, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(DemoHarness.Stream.Length / 60.0 + 40));

        var deleted = results.SelectMany(r => r.DeletedExternalIds).ToList();
        var expected = DemoHarness.Stream.Events.Where(e => e.Net == "x" && e.Deletes is not null).Select(e => e.Deletes!);
        Assert.Equal(expected, deleted);
        var target = results.SelectMany(r => r.Mentions).First(m => m.ExternalId == deleted[0]);
        var outcome = await h.Connector.PerformAsync(account, new SocialAction(SocialActionKind.ReplyPublic, target, "Kiitos!", "k"), Ct);
        Assert.IsType<ConnectorError.NotFound>(Assert.IsType<ActionOutcome.Failed>(outcome).Error);
    }

    [Fact]
    public async Task Fetch_AccountWithoutImitatedNetwork_SeesEveryNetwork()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo");
        var (results, _) = await h.PollAsync(account, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(11));

        var texts = results.SelectMany(r => r.Mentions).ToList();
        Assert.True(texts.Count >= 300);
        Assert.Equal(7, texts.Select(m => m.Imitates).Distinct().Count());
    }
}
