using System.Text.Json.Nodes;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

public sealed class PlaygroundConfigTests
{
    [Fact]
    public async Task Config_FromEngPlayground_IsTheNordlinkTeamWithTheSixPeople()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var playground = await PlaygroundProcess.StartAsync(new Uri("http://127.0.0.1:9/api/messages"), ct);
        using var client = new PlaygroundClient(playground.Port);

        var config = await client.GetConfigAsync(ct);

        Assert.Equal(PlaygroundPeople.TenantId, (string?)config["tenantId"]);
        Assert.Equal(PlaygroundPeople.BotId, (string?)config["bot"]?["id"]);
        Assert.Equal(PlaygroundPeople.PersonalChatId, (string?)config["personalChat"]?["id"]);
        var people = new[] { (JsonObject)config["currentUser"]! }.Concat(((JsonArray)config["users"]!).OfType<JsonObject>())
            .Select(u => new PlaygroundPerson((string)u["id"]!, (string)u["aadObjectId"]!, (string)u["name"]!));
        Assert.Equal(PlaygroundPeople.Everyone, people);
        var team = Assert.Single(((JsonArray)config["teams"]!).OfType<JsonObject>());
        Assert.Equal((PlaygroundPeople.TeamId, PlaygroundPeople.TeamName), ((string?)team["id"], (string?)team["name"]));
        var channels = ((JsonArray)team["channels"]!).OfType<JsonObject>().Select(c => ((string?)c["id"], (string?)c["name"]));
        Assert.Equal([(PlaygroundPeople.TeamId, "General"), (PlaygroundPeople.TriageChannelId, PlaygroundPeople.TriageChannelName)], channels);
    }
}
