using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class ShiftScheduleTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddHours(12);

    private static readonly Dictionary<string, Actor> Team = new(StringComparer.Ordinal)
    {
        ["user-aino"] = People.Aino,
        ["user-maija"] = People.Maija,
    };

    private static Actor? Person(string userId) => Team.GetValueOrDefault(userId);

    [Fact]
    public async Task Read_KeepsPublishedShiftsOfTheTeamOverlappingTheWindow()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_1", "user-aino", From.AddHours(1), From.AddHours(9)));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_2", "user-maija", From.AddHours(-2), From.AddHours(2)));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_draft", "user-aino", From.AddHours(9), From.AddHours(11), Published: false));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_stranger", "user-stranger", From.AddHours(1), From.AddHours(9)));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_open", null, From.AddHours(1), From.AddHours(9)));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_deleted", "user-maija", From.AddHours(3), From.AddHours(5), StagedForDeletion: true));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_after", "user-maija", To, To.AddHours(8)));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_before", "user-maija", From.AddHours(-8), From));
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_far", "user-maija", From.AddDays(3), From.AddDays(3).AddHours(8)));

        var result = await h.Get<ShiftSchedule>().ReadAsync(GraphHarness.TeamId, From, To, Person, TestContext.Current.CancellationToken);

        Assert.True(result.IsOk);
        Assert.Equal(
            [("aad-maija", From.AddHours(-2), From.AddHours(2)), ("aad-aino", From.AddHours(1), From.AddHours(9))],
            result.Value!.OrderBy(s => s.Start).Select(s => (s.Person.Id, s.Start, s.End)));
        var request = Assert.Single(h.Graph.Requests);
        Assert.Equal($"/v1.0/teams/{GraphHarness.TeamId}/schedule/shifts", request.Path);
        Assert.Equal(
            "sharedShift/startDateTime ge 2026-11-22T06:00:00.000Z and sharedShift/endDateTime le 2026-11-24T18:00:00.000Z",
            Assert.Single(request.QueryValues("$filter")));
    }

    [Fact]
    public async Task Read_SeveralPages_FollowsNextLink()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.ShiftsPageSize = 2;
        for (var i = 0; i < 5; i++)
        {
            h.Graph.AddShift(GraphHarness.TeamId, new FakeShift($"SHFT_{i}", "user-aino", From.AddHours(i), From.AddHours(i + 1)));
        }

        var result = await h.Get<ShiftSchedule>().ReadAsync(GraphHarness.TeamId, From, To, Person, TestContext.Current.CancellationToken);

        Assert.Equal(5, result.Value!.Count);
        Assert.Equal(3, h.Graph.Requests.Count);
        Assert.Equal(People.Aino, new Rota(result.Value).OnShift(From.AddHours(4.5)).Single().Person);
    }

    [Fact]
    public async Task Read_TeamWithoutShifts_ForbiddenMeansUseTheRota()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(403, "Forbidden");

        var result = await h.Get<ShiftSchedule>().ReadAsync(GraphHarness.TeamId, From, To, Person, TestContext.Current.CancellationToken);

        Assert.Equal(GraphOutcome.Forbidden, result.Outcome);
        Assert.True(result.UseFallback);
        Assert.Null(result.Value);
    }
}
