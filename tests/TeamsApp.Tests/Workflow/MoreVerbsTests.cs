using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class MoreVerbsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_ApproverTheBotNeverSaw_IsFoundInTheTeamRosterAndTold()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);

        await app.PostAsync(app.Click(TeamMember.Bertil, "submit", c, 3), Ct);

        // Both approvers (Aino and Maija) are unknown to the bot: each is looked up by Entra id in the team.
        foreach (var approver in new[] { TeamMember.Aino, TeamMember.Maija })
        {
            var teamsId = FakeBotConnector.TeamsIdOf(approver.AadObjectId);
            await Eventually.TrueAsync(() => app.Connector.Requests.Any(r => r.Method == "GET" && r.RawTarget.EndsWith("/members/" + approver.AadObjectId, StringComparison.Ordinal)), $"{approver.Name} is looked up", Ct);
            await Eventually.TrueAsync(() => app.Connector.Requests.Any(r => r.Method == "POST" && r.Body.Contains(teamsId, StringComparison.Ordinal)), $"{approver.Name}'s chat is created", Ct);
        }

        Assert.DoesNotContain(app.Connector.Requests, r => r.Segments.Count == 2 && r.Body.Contains(TeamMember.Bertil.TeamsId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmSent_OnASendWithUnknownOutcome_RecordsTheReplyWithItsLink()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "send", c, 2, ("draftText", "Kiitos viestistä, korjaamme tämän.")), Ct);
        var sending = await app.Cases.GetAsync(c.Id, Ct);
        await app.Cases.ApplyAsync(c.Id, new MarkSendFailed(Actor.System, sending!.Pending!.AttemptId, "timeout", Unknown: true), Ct);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "confirmSent", c, 5, ("replyUrl", "https://x.com/nordlink/status/99")), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Sent, stored!.State);
        Assert.Equal(new Uri("https://x.com/nordlink/status/99"), stored.Reply!.Permalink);
        Assert.Contains("Answered", CardJson.Texts(CardJson.InvokeCard(body)));
    }

    [Fact]
    public async Task ConfirmNotSent_GivesTheCaseBackToItsHolder()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "send", c, 2, ("draftText", "Kiitos viestistä, korjaamme tämän.")), Ct);
        var sending = await app.Cases.GetAsync(c.Id, Ct);
        await app.Cases.ApplyAsync(c.Id, new MarkSendFailed(Actor.System, sending!.Pending!.AttemptId, "timeout", Unknown: true), Ct);

        await app.PostAsync(app.Click(TeamMember.Bertil, "confirmNotSent", c, 5), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((CaseState.Claimed, TeamMember.Bertil.AadObjectId), (stored!.State, stored.ClaimedBy!.Id));
        Assert.Null(stored.Pending);
    }

    [Fact]
    public async Task Like_OnANetworkWithout_IsRefusedOnTheCard()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct, Network.X);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "like", c, 1), Ct);

        Assert.Contains("This network does not allow that.", CardJson.Texts(CardJson.InvokeCard(body)));
        Assert.Equal(CaseState.New, (await app.Cases.GetAsync(c.Id, Ct))!.State);
    }

    [Fact]
    public async Task Like_QueuesTheNetworkActionForTheOutbox()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct, Network.Facebook);

        await app.PostAsync(app.Click(TeamMember.Bertil, "like", c, 1), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal((CaseState.Sending, SocialActionKind.Like), (stored!.State, stored.Pending!.Kind));
        var outbox = app.Storage.RawQueue(app.Storage.Get<SomeTeams.Storage.StorageNames>().OutboxQueue);
        var work = JsonNode.Parse((await outbox.ReceiveMessageAsync(cancellationToken: Ct)).Value.Body.ToString())!;
        Assert.Equal(stored.Pending.AttemptId, work["attemptId"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoteThenCloseThenReopen_AreAllAudited()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);

        await app.PostAsync(app.Click(TeamMember.Bertil, "note", c, 1, ("noteText", "Soitti myös asiakaspalveluun.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "close", c, 2, ("closeReason", "Duplicate")), Ct);
        var (_, reopened) = await app.PostAsync(app.Click(TeamMember.Bertil, "reopen", c, 3), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.New, stored!.State);
        // Monday 10:10 in Helsinki, open: a negative case (45 min at most) is due at 10:55.
        Assert.Equal(app.Time.GetUtcNow().AddMinutes(45), stored.DueAt);
        Assert.Equal("Soitti myös asiakaspalveluun.", Assert.Single(stored.Notes).Text);
        Assert.Equal(["NoteAdded", "CaseClosed", "CaseReopened"], (await app.Cases.GetAuditAsync(c.Id, Ct)).Skip(1).Select(a => a.Event));
        Assert.Contains("claim", CardJson.Verbs(CardJson.InvokeCard(reopened)));
    }

    [Fact]
    public async Task Reassign_ByAManager_HandsTheCaseOverAndTellsTheNewHolder()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Aino, "refresh", c.Id.Value, 2, trigger: "automatic"), Ct);

        await app.PostAsync(app.Click(TeamMember.Maija, "reassign", c, 2, ("assignee", TeamMember.Aino.AadObjectId)), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(TeamMember.Aino.AadObjectId, stored!.ClaimedBy!.Id);
        await Eventually.TrueAsync(() => app.Connector.Requests.Any(r => r.Method == "POST" && r.Body.Contains(TeamMember.Aino.TeamsId, StringComparison.Ordinal)), "Aino's chat is created", Ct);
    }
}
