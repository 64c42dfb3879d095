using System.Text.Json.Nodes;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class PersonalConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatePersonal_PostsMemberAndTenantInBothPlaces_AndReturnsTheChatId()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var chat = await h.Client.CreatePersonalConversationAsync(h.Connector.ServiceUrl, h.Target.TenantId, "29:1maija", Ct);

        Assert.Equal(ConnectorOutcome.Ok, chat.Outcome);
        Assert.StartsWith("a:", chat.Value!.Id, StringComparison.Ordinal);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal(("POST", "/emea/v3/conversations"), (request.Method, request.RawTarget));
        var body = JsonNode.Parse(request.Body)!;
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:1maija", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(h.Target.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal(h.Target.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePersonal_SameUserTwice_GetsTheSameChat()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var first = await h.Client.CreatePersonalConversationAsync(h.Connector.ServiceUrl, h.Target.TenantId, "29:1maija", Ct);
        var second = await h.Client.CreatePersonalConversationAsync(h.Connector.ServiceUrl, h.Target.TenantId, "29:1maija", Ct);

        Assert.Equal(first.Value!.Id, second.Value!.Id);
    }

    [Fact]
    public async Task CreatePersonal_ToAnUntrustedServiceUrl_SendsNothing()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var chat = await h.Client.CreatePersonalConversationAsync("https://evil.example/", h.Target.TenantId, "29:1maija", Ct);

        Assert.Equal(ConnectorOutcome.Untrusted, chat.Outcome);
        Assert.Empty(h.Connector.Requests);
    }
}
