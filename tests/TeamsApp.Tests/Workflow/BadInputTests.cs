using System.Net;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>Whatever arrives, the answer is a clear 4xx or a card, never a 500, and the case is untouched.</summary>
public sealed class BadInputTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Action<JsonObject>, string> BadClicks => new()
    {
        { "unknown verb", a => a["value"]!["action"]!["verb"] = "launchRocket", "verb is not one this bot handles" },
        { "no data", a => a["value"]!["action"]!.AsObject().Remove("data"), "no 'data' object" },
        { "no case id", a => a["value"]!["action"]!["data"]!.AsObject().Remove("caseId"), "no 'caseId' string" },
        { "case id a number", a => a["value"]!["action"]!["data"]!["caseId"] = 17, "no 'caseId' string" },
        { "version not a number", a => a["value"]!["action"]!["data"]!["version"] = "two", "'version' is not a positive whole number" },
        { "negative version", a => a["value"]!["action"]!["data"]!["version"] = -1, "'version' is not a positive whole number" },
        { "no Entra id", a => a["from"]!.AsObject().Remove("aadObjectId"), "no 'from.aadObjectId'" },
        { "close without reason", a => a["value"]!["action"]!["verb"] = "close", "'closeReason' must be one of" },
        { "close as moderated", a => { a["value"]!["action"]!["verb"] = "close"; a["value"]!["action"]!["data"]!["closeReason"] = "Moderated"; }, "'closeReason' must be one of" },
        { "reassign to nobody", a => a["value"]!["action"]!["verb"] = "reassign", "needs 'assignee'" },
        { "unknown template", a => { a["value"]!["action"]!["verb"] = "applyTemplate"; a["value"]!["action"]!["data"]!["templateId"] = "nope"; }, "does not exist or does not fit" },
        { "not Action.Execute", a => a["value"]!["action"]!["type"] = "Action.Submit", "Only 'Action.Execute'" },
        { "no value", a => a.Remove("value"), "no 'value' object" },
    };

    [Theory]
    [MemberData(nameof(BadClicks))]
    public async Task BadClick_Gets400WithAClearMessage_AndChangesNothing(string why, Action<JsonObject> spoil, string message)
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        var click = app.Click(TeamMember.Aino, "claim", c, 1);
        spoil(click);

        var (status, body) = await app.PostAsync(click, Ct);

        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: got {status}");
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains(message, body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((CaseState.New, 1L), (stored!.State, stored.Version));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"type\":\"invoke\"}")]
    [InlineData("[]")]
    public async Task MalformedActivity_Gets400(string body)
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);

        var (status, problem) = await app.PostAsync(body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed activity", problem!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClickOnACaseThatIsGone_GetsAMessage_NotAnError()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);

        var (status, body) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Aino, "claim", "erased-case", 3), Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.activity.message", body!["type"]!.GetValue<string>());
        Assert.Equal("This case no longer exists.", body["value"]!.GetValue<string>());
    }
}
