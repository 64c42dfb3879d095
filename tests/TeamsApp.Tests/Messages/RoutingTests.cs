using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SomeTeams.TeamsApp.Tests.Messages;

public sealed class RoutingTests(AuthenticatedApp app) : IClassFixture<AuthenticatedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_InPersonalChat_ReachesHandlerWithUnknownFieldsKept()
    {
        var activity = TestActivities.Personal("  jono  ");

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = app.Record.Messages.Single(m => m.Activity.Id == activity["id"]!.GetValue<string>());
        Assert.Equal("jono", message.Text);
        Assert.True(message.IsPersonal);
        Assert.True(message.Activity.Extra!.ContainsKey("x-unknown-field"));
    }

    [Fact]
    public async Task Message_InChannelMentioningBot_HasTheMentionStripped()
    {
        var activity = TestActivities.Channel("<at>Care Bot</at> jono tänään", mentionBot: true);

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = app.Record.Messages.Single(m => m.Activity.Id == activity["id"]!.GetValue<string>());
        Assert.Equal("jono tänään", message.Text);
        Assert.False(message.IsPersonal);
    }

    [Fact]
    public async Task Message_InChannelNotMentioningBot_IsAcknowledgedButNotHandled()
    {
        var activity = TestActivities.Channel("<at>Someone Else</at> hello", mentionBot: false);

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(app.Record.Saw(activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Message_SubmitWithJsonStringValue_ReachesHandlerAsObject()
    {
        var activity = TestActivities.Channel(string.Empty, mentionBot: false);
        activity["value"] = """{"action":"approve","caseId":"C-17"}""";

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = app.Record.Messages.Single(m => m.Activity.Id == activity["id"]!.GetValue<string>());
        Assert.Equal("C-17", message.Value!.Value.GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task Invoke_KnownVerb_AnswersWithTheCardInTheSameResponse()
    {
        var activity = TestActivities.Invoke("claim");

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("value").GetProperty("type").GetString());
        var action = app.Record.Actions.Single(a => a.Activity.Id == activity["id"]!.GetValue<string>());
        Assert.Equal("C-17", action.Data!.Value.GetProperty("caseId").GetString());
        Assert.False(action.IsRefresh);
    }

    public static TheoryData<string, Action<JsonObject>, string> BadInvokes => new()
    {
        { "unknown verb", a => a["value"]!["action"]!["verb"] = "launchRockets", "verb" },
        { "no verb", a => a["value"]!["action"]!.AsObject().Remove("verb"), "verb" },
        { "Action.Submit type", a => a["value"]!["action"]!["type"] = "Action.Submit", "Action.Execute" },
        { "no value", a => a.Remove("value"), "value" },
        { "value is a string", a => a["value"] = "claim", "value" },
        { "no action", a => a["value"]!.AsObject().Remove("action"), "action" },
        { "other invoke name", a => a["name"] = "task/fetch", "adaptiveCard/action" },
    };

    [Theory]
    [MemberData(nameof(BadInvokes))]
    public async Task Invoke_Malformed_Gets400WithErrorBody(string why, Action<JsonObject> spoil, string mentioned)
    {
        var activity = TestActivities.Invoke("claim");
        spoil(activity);

        using var response = await app.PostAsync(activity, app.Token());

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Contains(mentioned, body.RootElement.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(app.Record.Saw(activity["id"]!.GetValue<string>()), why);
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "not JSON", "{ \"type\": " },
        { "JSON array", "[]" },
        { "empty", string.Empty },
        { "no type", """{"serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"a:1"}}""" },
        { "null type", """{"type":null,"serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"a:1"}}""" },
        { "no conversation", """{"type":"message","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","from":{"id":"29:1"}}""" },
        { "message without from", """{"type":"message","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"a:1"}}""" },
        { "type is a number", """{"type":7,"serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"a:1"}}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedActivity_Gets400ProblemNot500(string why, string body)
    {
        using var response = await app.PostAsync(body, "Bearer " + app.OpenId.Mint(app.Token()));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()), why);
    }

    [Fact]
    public async Task Post_UnknownActivityType_IsAcknowledged()
    {
        var activity = TestActivities.Personal("x");
        activity["type"] = "messageReaction";

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ApiMessages_IsNotAllowed()
    {
        using var response = await app.Client.GetAsync(new Uri("/api/messages", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyte_Gets413()
    {
        var activity = TestActivities.Personal(new string('x', 1024 * 1024));

        using var response = await app.PostAsync(activity, app.Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
