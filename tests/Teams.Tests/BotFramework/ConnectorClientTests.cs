using System.Text.Json;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class ConnectorClientTests
{
    private static readonly OutgoingActivity Hello = new() { Text = "Hello" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_ToChannelThread_PostsEncodedPathWithBearerToken()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(ConnectorOutcome.Ok, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Value!.Id));
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/19%3Atriage%40thread.tacv2%3Bmessageid%3D1776390257332/activities", request.RawTarget);
        Assert.Equal("Bearer fake-token-1", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"type":"message","text":"Hello"}""", request.Body);
        var form = Assert.Single(h.Tokens.Requests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal("not-a-real-secret", form["client_secret"]);
    }

    [Fact]
    public async Task Send_Repeatedly_ReusesOneToken()
    {
        await using var h = await ConnectorHarness.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await h.Client.SendAsync(h.Target, Hello, Ct)).IsOk);
        }

        Assert.Single(h.Tokens.Requests);
        Assert.All(h.Connector.Requests, r => Assert.Equal("Bearer fake-token-1", r.Authorization));
    }

    [Fact]
    public async Task Send_TokenWithinFiveMinutesOfExpiry_IsRefreshedFirst()
    {
        await using var h = await ConnectorHarness.StartAsync();
        await h.Client.SendAsync(h.Target, Hello, Ct);

        h.Time.Advance(TimeSpan.FromMinutes(56));
        await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.Equal(2, h.Tokens.Requests.Count);
        Assert.Equal("Bearer fake-token-2", h.Connector.Requests[^1].Authorization);
    }

    [Fact]
    public async Task Send_ConnectorRejectsToken_RefreshesOnceAndRetries()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Inject(new InjectedFailure(401, ErrorCode: "Unauthorized"));

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.True(result.IsOk);
        Assert.Equal(["Bearer fake-token-1", "Bearer fake-token-2"], h.Connector.Requests.Select(r => r.Authorization));
    }

    [Theory]
    [InlineData("https://evil.example/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    public async Task Send_UntrustedServiceUrl_SendsNothingAndNoToken(string serviceUrl)
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.SendAsync(h.Target with { ServiceUrl = serviceUrl }, Hello, Ct);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Outcome);
        Assert.Empty(h.Tokens.Requests);
    }

    [Fact]
    public async Task Send_EmptyAnswerBody_IsOkWithoutId()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.EmptyBodies = true;

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.True(result.IsOk);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task CreateChannelThread_SendsTenantInBothPlaces_ReturnsThreadAndRoot()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.CreateChannelThreadAsync(h.Connector.ServiceUrl, ConnectorHarness.TenantId, ConnectorHarness.ChannelThread, Hello, Ct);

        Assert.True(result.IsOk);
        Assert.Equal($"19:triage@thread.tacv2;messageid={result.Value!.ActivityId}", result.Value.Id);
        using var body = JsonDocument.Parse(Assert.Single(h.Connector.Requests).Body);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:triage@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(ConnectorHarness.TenantId, body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(ConnectorHarness.TenantId, body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("Hello", body.RootElement.GetProperty("activity").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Update_PutsToTheActivity()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.UpdateAsync(h.Target, "1776390257400", OutgoingActivity.ForCard(JsonDocument.Parse("""{"type":"AdaptiveCard"}""").RootElement), Ct);

        Assert.True(result.IsOk);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith("/activities/1776390257400", request.RawTarget, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_PostsToTheActivityWithReplyToId()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var result = await h.Client.ReplyAsync(h.Target, "1776390257332", Hello, Ct);

        Assert.True(result.IsOk);
        var request = Assert.Single(h.Connector.Requests);
        Assert.EndsWith("/activities/1776390257332", request.RawTarget, StringComparison.Ordinal);
        Assert.Contains("\"replyToId\":\"1776390257332\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_UseChannelIdWithoutThread_AndReadObjectId()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var member = await h.Client.GetMemberAsync(h.Target, "29:alice", Ct);
        var page = await h.Client.GetPagedMembersAsync(h.Target, 10, null, Ct);

        Assert.Equal("9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c", member.Value!.EntraObjectId);
        Assert.Equal(2, page.Value!.Members!.Count);
        Assert.Equal("/emea/v3/conversations/19%3Atriage%40thread.tacv2/members/29%3Aalice", h.Connector.Requests[0].RawTarget);
        Assert.Equal("/emea/v3/conversations/19%3Atriage%40thread.tacv2/pagedmembers?pageSize=50", h.Connector.Requests[1].RawTarget);
    }
}
