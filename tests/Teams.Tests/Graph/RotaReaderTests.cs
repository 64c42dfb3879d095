using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Teams.Graph;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Fakes.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class RotaReaderTests
{
    // Monday 2026-11-23, 08:00–20:00 UTC.
    private static readonly DateTimeOffset From = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddHours(12);

    // Eveliina works Monday evenings 16–22 in Helsinki (14–20 UTC) by the configured rota.
    private static readonly WeeklyRota Configured = new("Europe/Helsinki", [new RotaEntry(People.Eveliina, DayOfWeek.Monday, new(16, 0), new(22, 0))]);

    private static Actor? Person(string userId) => userId == "user-aino" ? People.Aino : null;

    private static Task<GraphResult<RotaReading>> ReadAsync(GraphHarness h) =>
        h.Get<RotaReader>().ReadAsync(Configured, Person, From, To, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Read_TeamOnShifts_UsesShifts()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.AddShift(GraphHarness.TeamId, new FakeShift("SHFT_1", "user-aino", From, From.AddHours(8)));

        var result = await ReadAsync(h);

        Assert.Equal(RotaSource.Shifts, result.Value!.Source);
        Assert.Equal(People.Aino, Assert.Single(result.Value.Rota.OnShift(From.AddHours(1))).Person);
    }

    [Theory]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "NotFound")]
    public async Task Read_ShiftsNotAvailable_UsesTheConfiguredRota(int status, string code)
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(status, code);

        var result = await ReadAsync(h);

        Assert.Equal(RotaSource.Configured, result.Value!.Source);
        Assert.Equal(People.Eveliina, Assert.Single(result.Value.Rota.OnShift(From.AddHours(7))).Person);
    }

    [Fact]
    public async Task Read_NoTeamConfigured_UsesTheConfiguredRotaWithoutAskingGraph()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:TeamId"] = "" });

        var result = await ReadAsync(h);

        Assert.Equal(RotaSource.Configured, result.Value!.Source);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task Read_Throttled_ReturnsTheFailureInsteadOfAnotherRota()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(429, "TooManyRequests", "12");

        var result = await ReadAsync(h);

        Assert.Equal(GraphOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(12), result.RetryAfter);
        Assert.Null(result.Value);
    }
}
