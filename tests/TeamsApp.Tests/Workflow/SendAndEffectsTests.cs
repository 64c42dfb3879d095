using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Storage;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class SendAndEffectsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendWithTextEditedAfterSaving_SavesTheEditFirst_ThenSendsIt()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", "Pahoittelut! Katsomme asiaa.")), Ct);

        await app.PostAsync(app.Click(TeamMember.Bertil, "send", c, 3, ("draftText", "Pahoittelut! Korjaus on jo käynnissä.")), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Sending, stored!.State);
        Assert.Equal("Pahoittelut! Korjaus on jo käynnissä.", stored.Pending!.Text);
        Assert.Equal(2, stored.Draft!.Revision);
        Assert.Equal(["DraftSaved", "DraftSaved", "SendRequested"], (await app.Cases.GetAuditAsync(c.Id, Ct)).Skip(2).Select(a => a.Event));
    }

    [Fact]
    public async Task Thank_OnANewCase_ClaimsSavesAThankYouInTheCustomersLanguageAndSends()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "thank", c, 1), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Sending, stored!.State);
        Assert.Equal("Kiitos paljon ystävällisistä sanoista!", stored.Pending!.Text);
        Assert.Equal(TeamMember.Bertil.AadObjectId, stored.ClaimedBy!.Id);
        Assert.Contains("Sending…", CardJson.Texts(CardJson.InvokeCard(body)));
        var put = Assert.Single(app.CardUpdates());
        Assert.Equal(4, CardJson.Version(CardJson.PutCard(put.Body)));
    }

    [Fact]
    public async Task ChannelCardPutFails_TheCardsQueueGetsTheCase_AndTheClickStillAnswers()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        app.Connector.Inject(new InjectedFailure(403, ErrorCode: "BotNotInConversationRoster"));

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);

        Assert.Contains("saveDraft", CardJson.Verbs(CardJson.InvokeCard(body)));
        var cards = app.Storage.RawQueue(app.Storage.Get<StorageNames>().CardsQueue);
        var message = (await cards.ReceiveMessageAsync(cancellationToken: Ct)).Value;
        Assert.Equal(c.Id.Value, JsonNode.Parse(message.Body.ToString())!["caseId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_GivesEachViewerTheirOwnView_AndChangesNothing()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "submit", c, 3), Ct);
        var puts = app.CardUpdates().Count;

        var (_, maija) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Maija, "refresh", c.Id.Value, 4, trigger: "automatic"), Ct);
        var (_, bertil) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Bertil, "refresh", c.Id.Value, 4, trigger: "automatic"), Ct);

        Assert.Contains("approve", CardJson.Verbs(CardJson.InvokeCard(maija)));
        Assert.DoesNotContain("approve", CardJson.Verbs(CardJson.InvokeCard(bertil)));
        Assert.Equal(4, (await app.Cases.GetAsync(c.Id, Ct))!.Version);
        Assert.Equal(puts, app.CardUpdates().Count);
    }

    [Fact]
    public async Task ChannelCard_ListsTheClaimerAndKnownApprovers_ForTheirOwnViews()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Maija, "refresh", c.Id.Value, 1, trigger: "automatic"), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "submit", c, 3), Ct);

        var card = CardJson.PutCard(app.CardUpdates()[^1].Body);

        var ids = card["refresh"]!["userIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal([TeamMember.Bertil.TeamsId, TeamMember.Maija.TeamsId], ids);
    }

    [Fact]
    public async Task Reject_SendsTheDraftBackWithTheNote_AndTellsTheDrafter()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "submit", c, 3), Ct);

        var (_, noNote) = await app.PostAsync(app.Click(TeamMember.Maija, "reject", c, 4), Ct);
        await app.PostAsync(app.Click(TeamMember.Maija, "reject", c, 4, ("rejectComment", "Lupaa soitto tänään.")), Ct);

        Assert.Contains("Write a comment for the drafter.", CardJson.Texts(CardJson.InvokeCard(noNote)));
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((CaseState.Claimed, "Lupaa soitto tänään."), (stored!.State, stored.RejectionNote));
        await Eventually.TrueAsync(
            () => app.Connector.Requests.Any(r => r.Method == "POST" && (JsonNode.Parse(r.Body)?["text"]?.GetValue<string>() ?? "").StartsWith("Maija Manager palautti vastauksesi", StringComparison.Ordinal)),
            "Bertil is told his reply came back", Ct);
    }
}
