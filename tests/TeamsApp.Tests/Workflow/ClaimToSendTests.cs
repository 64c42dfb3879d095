using System.Net;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.TestKit;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class ClaimToSendTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string TextOf(SomeTeams.TestKit.Fakes.ConnectorRequest r) => JsonNode.Parse(r.Body)?["text"]?.GetValue<string>() ?? string.Empty;

    [Fact]
    public async Task SensitiveCase_ClaimDraftSubmitApproveByAnotherSend_GoesToTheOutbox()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);

        // Maija's card shows up for her first: she is now known to the bot by her Teams id.
        var (_, maijaView) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Maija, "refresh", c.Id.Value, 1, trigger: "automatic"), Ct);
        Assert.Contains("claim", CardJson.Verbs(CardJson.InvokeCard(maijaView)));

        var (status, claimed) = await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("saveDraft", CardJson.Verbs(CardJson.InvokeCard(claimed)));

        var (_, saved) = await app.PostAsync(app.Click(TeamMember.Aino, "saveDraft", c, 2, ("draftText", "Pahoittelut katkoksesta! Selvitämme asian heti.")), Ct);
        Assert.Contains("submit", CardJson.Verbs(CardJson.InvokeCard(saved)));
        Assert.DoesNotContain("send", CardJson.Verbs(CardJson.InvokeCard(saved)));

        var (_, submitted) = await app.PostAsync(app.Click(TeamMember.Aino, "submit", c, 3), Ct);
        Assert.Contains("Waiting for approval", CardJson.Texts(CardJson.InvokeCard(submitted)));
        await Eventually.TrueAsync(() => app.Connector.Requests.Any(r => r.Method == "POST" && r.Body.Contains(TeamMember.Maija.TeamsId, StringComparison.Ordinal)), "Maija's 1:1 chat is created", Ct);
        await Eventually.TrueAsync(() => app.Connector.Requests.Any(r => r.Method == "POST" && r.Segments.Count == 4 && r.Segments[2].StartsWith("a:", StringComparison.Ordinal) && TextOf(r).Contains("odottaa hyväksyntääsi", StringComparison.Ordinal)), "Maija is told a reply awaits her", Ct);

        var (_, approved) = await app.PostAsync(app.Click(TeamMember.Maija, "approve", c, 4), Ct);
        Assert.DoesNotContain(CardJson.Texts(CardJson.InvokeCard(approved)), t => t.Contains("cannot", StringComparison.Ordinal));

        var (_, sending) = await app.PostAsync(app.Click(TeamMember.Aino, "send", c, 5, ("draftText", "Pahoittelut katkoksesta! Selvitämme asian heti.")), Ct);
        var sendingCard = CardJson.InvokeCard(sending);
        Assert.Contains("Sending…", CardJson.Texts(sendingCard));

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.Sending, stored!.State);
        Assert.Equal(6, stored.Version);
        Assert.Equal(TeamMember.Maija.AadObjectId, stored.Draft!.ApprovedBy!.Id);
        Assert.Equal("Pahoittelut katkoksesta! Selvitämme asian heti.", stored.Pending!.Text);

        var audit = await app.Cases.GetAuditAsync(c.Id, Ct);
        Assert.Equal(["CaseClaimed", "DraftSaved", "DraftSubmitted", "DraftApproved", "SendRequested"], audit.Skip(1).Select(a => a.Event));
        Assert.Equal([TeamMember.Aino.AadObjectId, TeamMember.Aino.AadObjectId, TeamMember.Aino.AadObjectId, TeamMember.Maija.AadObjectId, TeamMember.Aino.AadObjectId], audit.Skip(1).Select(a => a.Actor.Id));

        var outbox = await app.Storage.RawQueue(app.Storage.Get<SomeTeams.Storage.StorageNames>().OutboxQueue).ReceiveMessageAsync(cancellationToken: Ct);
        var work = JsonNode.Parse(outbox.Value.Body.ToString())!;
        Assert.Equal(c.Id.Value, work["caseId"]!.GetValue<string>());
        Assert.Equal(stored.Pending.AttemptId, work["attemptId"]!.GetValue<string>());

        // Every transition was PUT on the channel card, in the channel's language, ending at the stored version.
        var puts = app.CardUpdates();
        Assert.Equal(5, puts.Count);
        var last = CardJson.PutCard(puts[^1].Body);
        Assert.Equal(6, CardJson.Version(last));
        Assert.Contains("Lähetetään…", CardJson.Texts(last));
    }
}
