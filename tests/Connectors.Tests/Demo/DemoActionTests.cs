using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Demo;

public sealed class DemoActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_IsRecordedWithIdAndLinkAndARetryDoesNotRecordTwice()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook");
        var target = await FirstMentionAsync(h, account);
        var action = new SocialAction(SocialActionKind.ReplyPublic, target, "Hei! Pahoittelut, katsotaan heti 🙏", "c-1-7", "c-1");

        var first = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(account, action, Ct));
        var again = Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(account, action, Ct));

        Assert.Equal(first, again);
        var record = Assert.Single(h.Log.Recent);
        Assert.Equal(new DemoActivity(first.ExternalId!, "demo-facebook", Network.Facebook, SocialActionKind.ReplyPublic, target.ExternalId, action.Text, h.Time.GetUtcNow(), first.Permalink, "c-1-7", "c-1"), record);
        Assert.Equal(new Uri($"http://127.0.0.1:3979/demo/posts/{target.ExternalId}#{first.ExternalId}"), first.Permalink);
        Assert.DoesNotContain("Pahoittelut", h.Logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Author.Handle, h.Logger.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-x", SocialActionKind.Like)]
    [InlineData("demo-x", SocialActionKind.Delete)]
    [InlineData("demo-instagram", SocialActionKind.Block)]
    [InlineData("demo-youtube", SocialActionKind.ReplyPrivate)]
    [InlineData("demo-rss", SocialActionKind.ReplyPublic)]
    public async Task Action_TheImitatedNetworkDoesNotAllow_IsRefusedAndNotRecorded(string accountId, SocialActionKind kind)
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account(accountId);
        var target = await FirstMentionAsync(h, account);

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(account, new SocialAction(kind, target, "ok", "k"), Ct));

        Assert.Contains("demo source imitating", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(h.Log.Recent);
    }

    [Theory]
    [InlineData(SocialActionKind.Hide)]
    [InlineData(SocialActionKind.Delete)]
    [InlineData(SocialActionKind.Block)]
    [InlineData(SocialActionKind.Like)]
    public async Task Moderation_TheImitatedNetworkAllows_IsRecordedWithoutText(SocialActionKind kind)
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook");
        var target = await FirstMentionAsync(h, account);

        Assert.IsType<ActionOutcome.Done>(await h.Connector.PerformAsync(account, new SocialAction(kind, target, null, "k"), Ct));

        var record = Assert.Single(h.Log.Recent);
        Assert.Equal((kind, target.ExternalId, (string?)null, (Uri?)null), (record.Kind, record.TargetExternalId, record.Text, record.Permalink));
    }

    [Fact]
    public async Task Reply_LongerThanTheImitatedNetworkAllows_IsRefused()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-x");
        var target = await FirstMentionAsync(h, account);

        var refused = Assert.IsType<ActionOutcome.Refused>(await h.Connector.PerformAsync(account, new SocialAction(SocialActionKind.ReplyPublic, target, new string('a', 281), "k"), Ct));

        Assert.Contains("280", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_BeyondCapacity_KeepsTheNewestOnly()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook");
        var target = await FirstMentionAsync(h, account);

        for (var i = 0; i <= DemoActivityLog.Capacity; i++)
        {
            await h.Connector.PerformAsync(account, new SocialAction(SocialActionKind.Like, target, null, $"k{i}"), Ct);
        }

        Assert.Equal(DemoActivityLog.Capacity, h.Log.Recent.Count);
        Assert.Equal(DemoLinks.ActivityId("demo-facebook", "k1"), h.Log.Recent[0].Id);
    }

    [Fact]
    public async Task Reply_ToAnItemItsAuthorDeleted_FailsAsGoneAndIsNotRecorded()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook");
        var target = await FirstMentionAsync(h, account);
        await h.Log.MarkDeletedAsync(account.Id, [target.ExternalId], Ct);

        var failed = Assert.IsType<ActionOutcome.Failed>(await h.Connector.PerformAsync(account, new SocialAction(SocialActionKind.ReplyPublic, target, "Hei", "k"), Ct));

        Assert.Equal(ActionProblem.ItemGone, failed.Error.Problem);
        Assert.Empty(h.Log.Recent);
    }

    private static async Task<Mention> FirstMentionAsync(DemoHarness h, SourceAccount account)
    {
        var (results, _) = await h.PollAsync(account, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(12));
        return results.SelectMany(r => r.Mentions).First();
    }
}
