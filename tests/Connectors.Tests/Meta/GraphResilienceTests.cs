using SomeTeams.Core.Mentions;
using SomeTeams.TestKit.Fakes.Meta;

namespace SomeTeams.Connectors.Tests.Meta;

public sealed class GraphResilienceTests
{
    [Fact]
    public async Task Perform_ConnectionDroppedAfterTheRequestWasSent_IsUnknown()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.AbortNextWrite = true;
        var target = new Mention(Network.Facebook, "fb-acme", "1_2", MentionKind.Comment, GraphFixtures.PostId, GraphFixtures.PostId,
            new Author("7000000000000001", "Dana K", "Dana K"), "Hi", GraphHarness.Now.AddHours(-1), false);

        var outcome = await graph.PerformAsync(graph.Facebook(), new SocialAction(SocialActionKind.ReplyPublic, target, "Hello!", "attempt-1"));

        Assert.IsType<ActionOutcome.Unknown>(outcome);
    }

    [Fact]
    public async Task Fetch_PagingLinkToAnotherHost_FailsInsteadOfSendingTheTokenThereOrSkippingItems()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Fake.PageSize = 1;
        graph.Fake.PagingHost = new Uri("http://127.0.0.2:9/");
        graph.Fake.Edge(InstagramFixtures.MediaKey).Add(InstagramFixtures.Media());
        graph.Fake.Edge(InstagramFixtures.CommentsKey).AddRange([InstagramFixtures.Comment("17850000000000001", 1), InstagramFixtures.Comment("17850000000000002", 2)]);

        var failed = Assert.IsType<FetchResult.Failed>(await graph.FetchAsync(graph.Instagram()));

        Assert.IsType<ConnectorError.Rejected>(failed.Error);
        Assert.Equal(2, graph.Fake.Received.Count);
    }

    [Theory]
    [InlineData(Network.Facebook)]
    [InlineData(Network.Instagram)]
    public async Task DisabledAccount_NeitherFetchesNorActs(Network network)
    {
        await using var graph = await GraphHarness.StartAsync();
        var account = (network == Network.Facebook ? graph.Facebook() : graph.Instagram()) with { Enabled = false };
        var target = new Mention(network, account.Id, "1_2", MentionKind.Comment, "1", null, new Author("7", "d", "d"), "Hi", GraphHarness.Now, false);

        var fetch = await graph.FetchAsync(account);
        var act = await graph.PerformAsync(account, new SocialAction(SocialActionKind.Hide, target, null, "attempt-1"));

        Assert.Equal(0, Assert.IsType<FetchResult.Failed>(fetch).Calls);
        Assert.Contains("disabled", Assert.IsType<ActionOutcome.Refused>(act).Reason, StringComparison.Ordinal);
        Assert.Empty(graph.Fake.Received);
    }
}
