using System.Net;
using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class RefusalTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoClaimsAtOnce_OneWins_TheOthersCardSaysWhoHasIt()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);

        var clicks = await Task.WhenAll(
            app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct),
            app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct));

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Claimed, stored!.State);
        Assert.Equal(2, stored.Version);
        var winner = stored.ClaimedBy!.Id == TeamMember.Aino.AadObjectId ? 0 : 1;
        var loserTexts = CardJson.Texts(CardJson.InvokeCard(clicks[1 - winner].Body));
        Assert.Contains(loserTexts, t => t.Contains(stored.ClaimedBy.Name, StringComparison.Ordinal));
        Assert.Contains("saveDraft", CardJson.Verbs(CardJson.InvokeCard(clicks[winner].Body)));
        Assert.DoesNotContain("saveDraft", CardJson.Verbs(CardJson.InvokeCard(clicks[1 - winner].Body)));
        Assert.Single(await app.Cases.GetAuditAsync(c.Id, Ct), a => a.Event == "CaseClaimed");
    }

    [Fact]
    public async Task ApproverApprovesOwnDraft_IsRefusedOnTheCard()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "submit", c, 3), Ct);

        var (status, body) = await app.PostAsync(app.Click(TeamMember.Aino, "approve", c, 4), Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        var card = CardJson.InvokeCard(body);
        Assert.Contains("You cannot approve your own reply: another approver must.", CardJson.Texts(card));
        Assert.DoesNotContain("approve", CardJson.Verbs(card));
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.AwaitingApproval, stored!.State);
        Assert.Null(stored.Draft!.ApprovedBy);
    }

    [Fact]
    public async Task AgentSendsSensitiveDraftWithoutApproval_IsRefused_AndNothingIsQueued()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "saveDraft", c, 2, ("draftText", "Pahoittelut! Selvitämme asian.")), Ct);

        var (_, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "send", c, 3), Ct);

        Assert.Contains("This reply needs an approver before it can be sent.", CardJson.Texts(CardJson.InvokeCard(body)));
        Assert.Equal(CaseState.Claimed, (await app.Cases.GetAsync(c.Id, Ct))!.State);
        var outbox = app.Storage.RawQueue(app.Storage.Get<SomeTeams.Storage.StorageNames>().OutboxQueue);
        Assert.Null((await outbox.ReceiveMessageAsync(cancellationToken: Ct)).Value);
    }

    [Fact]
    public async Task ClickFromAnOlderCard_ReRendersTheCurrentCase_WithoutActing()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "release", c, 2), Ct);

        // Bertil's card still shows version 2 (claimed by Aino); the case is free again at version 3.
        var (status, body) = await app.PostAsync(app.Click(TeamMember.Bertil, "close", c, 2, ("closeReason", "Spam")), Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        var card = CardJson.InvokeCard(body);
        Assert.Contains("Your card was out of date, so nothing was done. Here is the current one.", CardJson.Texts(card));
        Assert.Equal(3, CardJson.Version(card));
        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.New, stored!.State);
        Assert.Equal(3, stored.Version);
        Assert.DoesNotContain(await app.Cases.GetAuditAsync(c.Id, Ct), a => a.Event == "CaseClosed");
    }
}
