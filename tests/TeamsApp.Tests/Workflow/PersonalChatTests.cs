using System.Text.Json.Nodes;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class PersonalChatTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Personal(string serviceUrl, TeamMember who, string text, string locale) => PersonalChats.Message(serviceUrl, who, text, locale);

    private static async Task<string> AnswerAsync(WorkflowApp app, TeamMember who) =>
        (await PersonalChats.AnswerAsync(app, who, Ct))["text"]!.GetValue<string>();

    [Fact]
    public async Task Queue_ListsWhatIHold_AndWhatAwaitsMyApproval()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var held = await app.OpenCaseAsync(sensitive: false, Ct);
        var toApprove = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Maija, "claim", held, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", toApprove, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", toApprove, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "submit", toApprove, 3), Ct);

        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Maija, "jono", "fi-FI"), Ct);

        var text = await AnswerAsync(app, TeamMember.Maija);
        Assert.Contains("Sinulla olevat tapaukset (1)", text, StringComparison.Ordinal);
        Assert.Contains("Hyväksyntääsi odottavat vastaukset (1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_WithNothingWaiting_SaysSo_InSwedish()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);

        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Bertil, "kö", "sv-FI"), Ct);

        Assert.Equal("Inget väntar på dig just nu.", await AnswerAsync(app, TeamMember.Bertil));
    }

    [Fact]
    public async Task ActionSubmit_IsNotAnsweredWithHelp()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var submit = Personal(app.Connector.ServiceUrl, TeamMember.Bertil, "", "en-US");
        submit["value"] = new JsonObject { ["caseId"] = "c-1" };
        await app.PostAsync(submit, Ct);

        // A help request after it is answered; the submit before it was not.
        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Bertil, "help", "en-US"), Ct);

        await AnswerAsync(app, TeamMember.Bertil);
        Assert.Single(app.Connector.Requests, r => r.Method == "POST" && r.Segments.Count == 4);
    }

    [Fact]
    public async Task AnythingElse_GetsTheHelp_InEnglish()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);

        await app.PostAsync(Personal(app.Connector.ServiceUrl, TeamMember.Bertil, "help", "en-US"), Ct);

        Assert.StartsWith("I bring social media mentions", await AnswerAsync(app, TeamMember.Bertil), StringComparison.Ordinal);
    }
}
