using SomeTeams.Core.Cases;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Sla;

/// <summary>SlaSweep on Azurite against the fake Bot Connector and fake Graph, the clock stepped by hand.</summary>
public sealed class SlaSweepTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnclaimedCase_HalfEightyBreach_OnShiftMentionedTwice_ManagerNotifiedOnce_EvenWithOverlappingSweeps()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(9), Ct);
        var c = await team.ArriveAsync("sla-1", Ct);
        var deadline = team.Sla.Thresholds(c.SlaStartedAt, c.DueAt);

        foreach (var at in new[] { deadline.HalfAt.AddMinutes(-1), deadline.HalfAt, deadline.HalfAt.AddMinutes(1), deadline.EightyAt, deadline.EightyAt.AddMinutes(2), deadline.Due, deadline.Due.AddMinutes(5) })
        {
            team.Time.SetUtcNow(at);
            await Task.WhenAll(team.SweepAsync(Ct), team.SweepAsync(Ct), team.SweepAsync(Ct));
        }

        var replies = team.ThreadReplies();
        Assert.Equal(2, replies.Count);
        Assert.Contains("50 %", (string?)replies[0].Body["text"], StringComparison.Ordinal);
        Assert.Contains("80 %", (string?)replies[1].Body["text"], StringComparison.Ordinal);
        var location = await team.App.Get<SomeTeams.Storage.Cases.CardLocationStore>().GetAsync(c.Id, Ct);
        Assert.All(replies, r => Assert.Equal(location!.ConversationId, r.Conversation));
        var entities = replies[0].Body["entities"]!.AsArray();
        Assert.Equal(
            new[] { ShiftTeam.Aino, ShiftTeam.Bertil, ShiftTeam.Maija }.Select(FakeBotConnector.TeamsIdOf).Order(StringComparer.Ordinal),
            entities.Select(e => (string)e!["mentioned"]!["id"]!).Order(StringComparer.Ordinal));
        Assert.All(entities, e => Assert.Contains((string)e!["text"]!, (string?)replies[0].Body["text"], StringComparison.Ordinal));

        var feed = Assert.Single(team.FeedNotices());
        Assert.Equal(ShiftTeam.Maija, feed.User);
        Assert.Equal("responseDeadlinePassed", (string?)feed.Body["activityType"]);
        Assert.Equal(ActivityChain.Of(c.Id), (long)feed.Body["chainId"]!);
        Assert.Equal(3, team.Teams.Requests.Count(r => r is { Method: "PUT", StatusCode: < 300 }));
    }

    [Fact]
    public async Task ClaimedCase_Warning_MentionsOnlyTheClaimer()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct);
        var c = await team.ArriveAsync("sla-2", Ct);
        await team.App.Cases.ApplyAsync(c.Id, new Claim(team.Person(ShiftTeam.Bertil)), Ct);

        team.Time.SetUtcNow(team.Sla.Thresholds(c.SlaStartedAt, c.DueAt).HalfAt);
        await team.SweepAsync(Ct);
        await team.SweepAsync(Ct);

        var reply = Assert.Single(team.ThreadReplies());
        var mentioned = Assert.Single(reply.Body["entities"]!.AsArray());
        Assert.Equal(FakeBotConnector.TeamsIdOf(ShiftTeam.Bertil), (string?)mentioned!["mentioned"]!["id"]);
        Assert.StartsWith("<at>Bertil Agent</at> ", (string?)reply.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnsweredCase_NoWarnings()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct);
        var c = await team.ArriveAsync("sla-3", Ct);
        await team.App.Cases.ApplyAsync(c.Id, new Close(team.Person(ShiftTeam.Aino), CloseReason.NoActionNeeded), Ct);

        team.Time.SetUtcNow(c.DueAt.AddMinutes(1));
        await team.SweepAsync(Ct);

        Assert.Empty(team.ThreadReplies());
        Assert.Empty(team.FeedNotices());
    }

    [Fact]
    public async Task FeedRefused_ManagerGetsAPersonalMessageInstead_Once()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct);
        var c = await team.ArriveAsync("sla-4", Ct);
        team.Graph.FailNext(403, "Forbidden");

        team.Time.SetUtcNow(c.DueAt);
        await team.SweepAsync(Ct);
        team.Time.Advance(TimeSpan.FromMinutes(1));
        await team.SweepAsync(Ct);

        var message = Assert.Single(team.PersonalMessages());
        Assert.Contains("got no response in time", (string?)message.Body["text"], StringComparison.Ordinal);
        Assert.Single(team.FeedNotices()); // the refused call, not repeated
    }

    [Fact]
    public async Task NoGraphConfigured_BreachGoesAsPersonalMessage()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct, new() { ["Graph:StaticToken"] = null });
        var c = await team.ArriveAsync("sla-5", Ct);

        team.Time.SetUtcNow(c.DueAt);
        await team.SweepAsync(Ct);

        Assert.Single(team.PersonalMessages());
        Assert.Empty(team.Graph.Requests);
    }

    [Fact]
    public async Task ApprovalWaitingHalfAnHour_GoesToTheApproverOnShift_Once()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct);
        var c = await team.ArriveAsync("sla-6", Ct);
        var aino = team.Person(ShiftTeam.Aino);
        await team.App.Cases.ApplyAsync(c.Id, new Claim(aino), Ct);
        await team.App.Cases.ApplyAsync(c.Id, new SaveDraft(aino, "Pahoittelut, katsomme asian.", new DraftCheck(NeedsApproval: true, CanSend: true)), Ct);
        await team.App.Cases.ApplyAsync(c.Id, new SubmitForApproval(aino), Ct);

        team.Time.Advance(TimeSpan.FromMinutes(29));
        await team.SweepAsync(Ct);
        Assert.DoesNotContain(team.FeedNotices(), f => (string?)f.Body["activityType"] == "approvalRequested");
        team.Time.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(team.SweepAsync(Ct), team.SweepAsync(Ct));
        team.Time.Advance(TimeSpan.FromMinutes(1));
        await team.SweepAsync(Ct);

        var notice = Assert.Single(team.FeedNotices(), f => (string?)f.Body["activityType"] == "approvalRequested");
        Assert.Equal(ShiftTeam.Maija, notice.User);
        Assert.Contains("31 min", (string?)notice.Body["previewText"]!["content"], StringComparison.Ordinal);
    }
}
