using System.Text.Json;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class PresenceReaderTests
{
    [Fact]
    public async Task Read_MapsAvailability_UnknownValuesAreUnknown()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.SetPresence("user-aino", "Available", "Available");
        h.Graph.SetPresence("user-maija", "Offline", "OffWork");
        h.Graph.SetPresence("user-bertil", "SomethingNew", "InAMeeting");

        var result = await h.Get<PresenceReader>().ReadAsync(["user-aino", "user-maija", "user-bertil"], TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new UserPresence("user-aino", PresenceAvailability.Available, "Available"),
                new UserPresence("user-maija", PresenceAvailability.Offline, "OffWork"),
                new UserPresence("user-bertil", PresenceAvailability.PresenceUnknown, "InAMeeting"),
            ],
            result.Value);
        Assert.True(result.Value![1].IsOffline);
        var request = Assert.Single(h.Graph.Requests);
        Assert.Equal("/v1.0/communications/getPresencesByUserId", request.Path);
        Assert.Equal(["user-aino", "user-maija", "user-bertil"], JsonDocument.Parse(request.Body).RootElement.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task Read_MoreThan650Ids_AsksInChunksOf650()
    {
        await using var h = await GraphHarness.StartAsync();
        var ids = Enumerable.Range(0, 700).Select(i => $"user-{i}").ToList();
        h.Graph.SetPresence("user-699", "Busy", "InACall");

        var result = await h.Get<PresenceReader>().ReadAsync([.. ids, "USER-1", ""], TestContext.Current.CancellationToken);

        Assert.Equal([650, 50], h.Graph.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("ids").GetArrayLength()));
        Assert.Equal(PresenceAvailability.Busy, Assert.Single(result.Value!).Availability);
    }

    [Fact]
    public async Task Read_ThrottledWithHttpDate_RetryAfterFromTheClock()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.FailNext(429, "TooManyRequests", "Mon, 23 Nov 2026 08:00:30 GMT");

        var result = await h.Get<PresenceReader>().ReadAsync(["user-aino"], TestContext.Current.CancellationToken);

        Assert.Equal(GraphOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
    }

    [Fact]
    public async Task Read_PresenceNotAllowed_ForbiddenWithoutAskingGraph()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:ReadPresence"] = "false" });

        var result = await h.Get<PresenceReader>().ReadAsync(["user-aino"], TestContext.Current.CancellationToken);

        Assert.True(result.UseFallback);
        Assert.Equal("DisabledByConfiguration", result.ErrorCode);
        Assert.Empty(h.Graph.Requests);
    }
}
