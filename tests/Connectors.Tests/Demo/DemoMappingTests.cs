using SomeTeams.Connectors.Demo;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Tests.Demo;

public sealed class DemoMappingTests
{
    [Fact]
    public async Task Map_FollowUpInAThread_FillsEveryCommonField()
    {
        var h = new DemoHarness(pageBase: null);
        var start = h.Time.GetUtcNow();
        var account = DemoHarness.Account("demo-bluesky");
        var e = DemoHarness.Stream.Events.First(x => x.Net == "bluesky" && x.Thread is not null && !x.Own);

        var (results, _) = await h.PollAsync(account, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(e.At / 60.0 + 60));
        var mention = results.SelectMany(r => r.Mentions).Single(m => m.ExternalId == e.Id);

        Assert.Equal(Network.Demo, mention.Network);
        Assert.Equal("demo-bluesky", mention.AccountId);
        Assert.Equal(MentionKind.Reply, mention.Kind);
        Assert.Equal(e.Thread, mention.ThreadId);
        Assert.Equal(e.ReplyTo, mention.InReplyToId);
        Assert.Equal(new Author(e.Author!.Id, e.Author.Handle, e.Author.Name, new Uri($"https://demo.someteams.invalid/bluesky/people/{e.Author.Id}")), mention.Author);
        Assert.Equal(e.Text, mention.Text);
        Assert.Equal(e.Lang, mention.Language);
        Assert.Equal(start.AddSeconds(e.At / 60.0), mention.CreatedAt);
        Assert.Equal(new Uri($"https://demo.someteams.invalid/demo/posts/{e.Id}"), mention.Permalink);
        Assert.Equal((Network.Bluesky, Network.Bluesky), (mention.Imitates, mention.ProfileNetwork));
        Assert.False(mention.IsPrivate);
    }

    [Fact]
    public async Task Map_PrivateMessage_IsPrivateDirectMessage()
    {
        var h = new DemoHarness();
        var account = DemoHarness.Account("demo-facebook", ("Speed", "6000"));
        var e = DemoHarness.Stream.Events.First(x => x.Net == "facebook" && x.Private);

        var (results, _) = await h.PollAsync(account, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        var mention = results.SelectMany(r => r.Mentions).Single(m => m.ExternalId == e.Id);

        Assert.True(mention.IsPrivate);
        Assert.Equal(MentionKind.DirectMessage, mention.Kind);
    }

    [Theory]
    [InlineData("demo-x", null, Network.X)]
    [InlineData("demo-instagram", null, Network.Instagram)]
    [InlineData("lab", "YouTube", Network.YouTube)]
    [InlineData("demo", null, Network.Demo)]
    public void Profile_DemoAccount_IsTheImitatedNetworksProfile(string id, string? imitates, Network expected)
    {
        var account = imitates is null ? DemoHarness.Account(id) : DemoHarness.Account(id, ("Imitates", imitates));

        Assert.Equal(expected, DemoNetworks.ProfileFor(account).Network);
    }
}
