using System.Text.Json;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class GroupMembershipTests
{
    private const string Approvers = "0a000000-0000-4000-8000-0000000000a1";
    private const string Managers = "0a000000-0000-4000-8000-0000000000a2";
    private const string EveningLeads = "0a000000-0000-4000-8000-0000000000a3";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MemberOf_DirectAndThroughANestedGroup_BothFoundOthersNot()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.AddGroupMembers(Approvers, "user-aino", EveningLeads);
        h.Graph.AddGroupMembers(EveningLeads, "user-eveliina");

        var aino = await h.Get<GroupMembership>().MemberOfAsync("user-aino", [Approvers, Managers], Ct);
        var eveliina = await h.Get<GroupMembership>().MemberOfAsync("user-eveliina", [Approvers, Managers], Ct);
        var bertil = await h.Get<GroupMembership>().MemberOfAsync("user-bertil", [Approvers, Managers], Ct);

        Assert.Equal([Approvers], aino.Value);
        Assert.Equal([Approvers], eveliina.Value);
        Assert.Empty(bertil.Value!);
        Assert.Equal("/v1.0/users/user-aino/checkMemberGroups", h.Graph.Requests[0].Path);
        Assert.Equal([Approvers, Managers], JsonDocument.Parse(h.Graph.Requests[0].Body).RootElement.GetProperty("groupIds").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task MemberOf_AskedAgainWithinTheCacheTime_GraphAskedOnceThenAgainAfterIt()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:GroupMembershipCacheFor"] = "00:05:00" });
        h.Graph.AddGroupMembers(Approvers, "user-aino");
        var membership = h.Get<GroupMembership>();

        await membership.MemberOfAsync("user-aino", [Approvers], Ct);
        h.Time.Advance(TimeSpan.FromMinutes(4));
        var kept = await membership.MemberOfAsync("user-aino", [Approvers], Ct);
        Assert.Single(h.Graph.Requests);

        h.Time.Advance(TimeSpan.FromMinutes(2));
        var fresh = await membership.MemberOfAsync("user-aino", [Approvers], Ct);

        Assert.Equal([Approvers], kept.Value);
        Assert.Equal([Approvers], fresh.Value);
        Assert.Equal(2, h.Graph.Requests.Count);
    }

    [Fact]
    public async Task MemberOf_GraphFails_FailureReturnedNotKeptAndTheNextCallAsksAgain()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.AddGroupMembers(Approvers, "user-aino");
        h.Graph.FailNext(503, "serviceNotAvailable");
        var membership = h.Get<GroupMembership>();

        var failed = await membership.MemberOfAsync("user-aino", [Approvers], Ct);
        var next = await membership.MemberOfAsync("user-aino", [Approvers], Ct);

        Assert.Equal(GraphOutcome.Unavailable, failed.Outcome);
        Assert.Null(failed.Value);
        Assert.Equal([Approvers], next.Value);
        Assert.Equal(2, h.Graph.Requests.Count);
    }

    [Fact]
    public async Task MemberOf_MoreThan20Groups_AsksInChunksOf20()
    {
        await using var h = await GraphHarness.StartAsync();
        var groups = Enumerable.Range(0, 25).Select(i => $"0a000000-0000-4000-8000-{i:D12}").ToList();
        h.Graph.AddGroupMembers(groups[24], "user-aino");

        var result = await h.Get<GroupMembership>().MemberOfAsync("user-aino", groups, Ct);

        Assert.Equal([20, 5], h.Graph.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupIds").GetArrayLength()));
        Assert.Equal([groups[24]], result.Value);
    }

    [Fact]
    public async Task MemberOf_NoGroups_NothingAsked()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Get<GroupMembership>().MemberOfAsync("user-aino", [" "], Ct);

        Assert.True(result.IsOk);
        Assert.Empty(result.Value!);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task UsersIn_NestedGroupsOverPages_EveryUserOnceAndKept()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.MembersPageSize = 2;
        h.Graph.AddGroupMembers(Approvers, "user-aino", "user-maija", EveningLeads);
        h.Graph.AddGroupMembers(EveningLeads, "user-eveliina", "user-maija");
        var membership = h.Get<GroupMembership>();

        var users = await membership.UsersInAsync([Approvers], Ct);
        var again = await membership.UsersInAsync([Approvers], Ct);

        Assert.True(users.IsOk, $"{users.Outcome} {users.StatusCode} {users.ErrorCode}: {string.Join(", ", h.Graph.Requests.Select(r => r.Path))}");
        Assert.Equal(["user-aino", "user-eveliina", "user-maija"], users.Value!.Order(StringComparer.Ordinal));
        Assert.Equal(users.Value, again.Value);
        Assert.Equal(2, h.Graph.Requests.Count);
        Assert.StartsWith($"/v1.0/groups/{Approvers}/transitiveMembers/graph.user", h.Graph.Requests[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersIn_GroupGone_FailureReturned()
    {
        await using var h = await GraphHarness.StartAsync();

        var users = await h.Get<GroupMembership>().UsersInAsync([Managers], Ct);

        Assert.Equal(GraphOutcome.NotFound, users.Outcome);
    }
}
