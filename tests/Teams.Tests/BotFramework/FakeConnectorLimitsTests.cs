using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

/// <summary>The fake Bot Connector's Teams limits, hit directly (no pacer), so a benchmark's 429 count means what it says.</summary>
public sealed class FakeConnectorLimitsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreadCreation_CountsAgainstItsChannel_LikeWritesIntoItsThreads()
    {
        await using var fake = await FakeBotConnector.StartAsync(time, enforceTeamsLimits: true);
        using var http = new HttpClient();

        var created = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            created.Add(await CreateThreadAsync(http, fake, "19:a@thread.tacv2"));
        }

        var intoThread = await http.PostAsync(new Uri(fake.ServiceUrl + "v3/conversations/" + Uri.EscapeDataString("19:a@thread.tacv2;messageid=1") + "/activities"), Json("""{"type":"message","text":"x"}"""), Ct);
        var otherChannel = await CreateThreadAsync(http, fake, "19:b@thread.tacv2");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Created, 7), HttpStatusCode.TooManyRequests], created);
        Assert.Equal(HttpStatusCode.TooManyRequests, intoThread.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherChannel);
        Assert.Equal(0, TeamsLimits.Violations(fake.Requests));
    }

    [Fact]
    public async Task Tenant_FiftyWritesASecondAcrossChannels_TheNextIsThrottled()
    {
        await using var fake = await FakeBotConnector.StartAsync(time, enforceTeamsLimits: true);
        using var http = new HttpClient();

        for (var i = 0; i < TeamsLimits.TenantPerSecond; i++)
        {
            Assert.Equal(HttpStatusCode.Created, await CreateThreadAsync(http, fake, $"19:c{i}@thread.tacv2"));
        }

        var over = await CreateThreadAsync(http, fake, "19:fresh@thread.tacv2");
        time.Advance(TimeSpan.FromSeconds(1));
        var later = await CreateThreadAsync(http, fake, "19:fresh@thread.tacv2");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.Created), (over, later));
    }

    [Fact]
    public void Violations_ReplaysSuccessfulWritesInArrivalOrder()
    {
        var at = time.GetUtcNow();
        var writes = Enumerable.Range(0, 9).Select(i => new ConnectorRequest("POST", "/v3/conversations", ["v3", "conversations"], null, null, "{}", at.AddMilliseconds(i * 100), 201, ("t", "19:a@thread.tacv2")));

        // 7 in the first second; the 8th and 9th fall within it too (at 0.7 s and 0.8 s).
        Assert.Equal(2, TeamsLimits.Violations(writes));
    }

    private static async Task<HttpStatusCode> CreateThreadAsync(HttpClient http, FakeBotConnector fake, string channel)
    {
        var body = $$$"""{"isGroup":true,"channelData":{"channel":{"id":"{{{channel}}}"}},"tenantId":"tenant-a","activity":{"type":"message","text":"card"}}""";
        using var response = await http.PostAsync(new Uri(fake.ServiceUrl + "v3/conversations"), Json(body), Ct);
        return response.StatusCode;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
