using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Shifts;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Functions.Tests.Sla;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.Graph;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Shifts;

/// <summary>ShiftHandover on Azurite: one digest per shift change, stale claims released after the grace.</summary>
public sealed class ShiftHandoverTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static IReadOnlyList<JsonNode> Digests(ShiftTeam team) =>
        [.. team.ChannelPosts().Where(c => ((string?)c["body"]![0]!["text"])?.StartsWith("Shift handover", StringComparison.Ordinal) == true)];

    /// <summary>The case ids the digest's Claim buttons carry.</summary>
    internal static IReadOnlyList<string> ClaimIds(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => (string?)e!["type"] == "Container")
            .SelectMany(e => e!["items"]!.AsArray()).Where(i => (string?)i!["type"] == "ActionSet")
            .SelectMany(i => i!["actions"]!.AsArray()).Where(a => (string?)a!["verb"] == "claim")
            .Select(a => (string)a!["data"]!["caseId"]!)];

    [Fact]
    public async Task MorningShiftStarts_OneDigestWithTheNightsCases_NotesAndClaimButtons_EvenWhenRunTwice()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(19), Ct);
        var evening = await team.ArriveAsync("h-0", Ct);
        await team.App.Cases.ApplyAsync(evening.Id, new AddNote(team.Person(ShiftTeam.Eveliina), "Asiakas soittaa aamulla uudestaan."), Ct);
        team.Time.SetUtcNow(ShiftTeam.Local(2, day: 1));
        var night = new[] { await team.ArriveAsync("h-1", Ct), await team.ArriveAsync("h-2", Ct) };

        team.Time.SetUtcNow(ShiftTeam.Local(8, day: 1));
        await Task.WhenAll(team.HandoverAsync(Ct), team.HandoverAsync(Ct));
        team.Time.Advance(TimeSpan.FromMinutes(1));
        await team.HandoverAsync(Ct);

        var digest = Assert.Single(Digests(team));
        Assert.Equal(
            new[] { evening.Id.Value, night[0].Id.Value, night[1].Id.Value }.Order(StringComparer.Ordinal),
            ClaimIds(digest).Order(StringComparer.Ordinal));
        var json = digest.ToJsonString();
        Assert.Contains("Asiakas soittaa aamulla uudestaan.", json, StringComparison.Ordinal);
        Assert.Contains("Eveliina Evening", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShiftEnds_ClaimReleasedAfterTheGrace_WithAuditAndNote_Once()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(15, 30), Ct);
        var c = await team.ArriveAsync("r-1", Ct);
        await team.App.Cases.ApplyAsync(c.Id, new Claim(team.Person(ShiftTeam.Aino)), Ct);
        var kept = await team.ArriveAsync("r-2", Ct);
        await team.App.Cases.ApplyAsync(kept.Id, new Claim(team.Person(ShiftTeam.Eveliina)), Ct);

        team.Time.SetUtcNow(ShiftTeam.Local(16, 14));
        await team.HandoverAsync(Ct);
        Assert.Equal(CaseState.Claimed, (await team.App.Cases.GetAsync(c.Id, Ct))!.State);
        team.Time.SetUtcNow(ShiftTeam.Local(16, 15));
        await Task.WhenAll(team.HandoverAsync(Ct), team.HandoverAsync(Ct));
        await team.HandoverAsync(Ct);

        var released = (await team.App.Cases.GetAsync(c.Id, Ct))!;
        Assert.Equal(CaseState.New, released.State);
        Assert.Contains(released.Notes, n => n.Text == "Claim released to the queue: Aino Agent's shift ended." && n.Author.Is(ActorRoles.System));
        var audit = Assert.Single(await team.App.Cases.GetAuditAsync(c.Id, Ct), a => a.Event == "CaseReleased");
        Assert.Equal((ClaimReaper.ShiftEnded, ShiftTeam.Local(16, 15)), (audit.Detail, audit.At));
        Assert.Equal(CaseState.Claimed, (await team.App.Cases.GetAsync(kept.Id, Ct))!.State);
        Assert.Contains(await PipelineApp.DrainAsync(team.App.Queues.Cards, Ct), b => b.Contains(c.Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamUsesShifts_OnShiftComesFromGraph_NotTheConfiguredRota()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct, new() { ["Graph:TeamId"] = "team-1" });
        team.Graph.AddShift("team-1", new FakeShift("s-1", ShiftTeam.Eveliina, ShiftTeam.Local(7), ShiftTeam.Local(15)));
        var c = await team.ArriveAsync("g-1", Ct);

        team.Time.SetUtcNow(team.Sla.Thresholds(c.SlaStartedAt, c.DueAt).HalfAt);
        await team.SweepAsync(Ct);

        var reply = Assert.Single(team.ThreadReplies());
        var mentioned = Assert.Single(reply.Body["entities"]!.AsArray());
        Assert.Equal(SomeTeams.TestKit.Fakes.FakeBotConnector.TeamsIdOf(ShiftTeam.Eveliina), (string?)mentioned!["mentioned"]!["id"]);
    }

    [Fact]
    public async Task OfflineReleaseAllowed_OfflineHolderLosesTheClaimAfterTheGrace()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var team = await ShiftTeam.StartAsync(storage, ShiftTeam.Local(10), Ct, new() { ["Shifts:ReleaseWhenOffline"] = "true" });
        team.Graph.SetPresence(ShiftTeam.Bertil, "Offline", "Offline");
        team.Graph.SetPresence(ShiftTeam.Aino, "Available", "Available");
        var offline = await team.ArriveAsync("o-1", Ct);
        await team.App.Cases.ApplyAsync(offline.Id, new Claim(team.Person(ShiftTeam.Bertil)), Ct);
        var online = await team.ArriveAsync("o-2", Ct);
        await team.App.Cases.ApplyAsync(online.Id, new Claim(team.Person(ShiftTeam.Aino)), Ct);

        team.Time.Advance(TimeSpan.FromMinutes(16));
        await team.HandoverAsync(Ct);

        Assert.Equal(CaseState.New, (await team.App.Cases.GetAsync(offline.Id, Ct))!.State);
        Assert.Equal(CaseState.Claimed, (await team.App.Cases.GetAsync(online.Id, Ct))!.State);
    }

    [Fact]
    public void WeeklyDigestPeriod_IsLastMondayToMonday_InHelsinki()
    {
        var period = SomeTeams.Functions.Digest.WeeklyDigest.LastWeek(ShiftTeam.Local(8, day: 6), ShiftTeam.Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 22, 0, 0, TimeSpan.Zero), period.To);
    }
}
