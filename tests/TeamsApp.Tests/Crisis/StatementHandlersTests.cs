using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Triage;
using SomeTeams.Storage.Crisis;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Crisis;
using SomeTeams.TeamsApp.Tests.Workflow;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.TeamsApp.Tests.Crisis;

/// <summary>The grouped card's statement through the bot: drafted, submitted, approved by someone else, recorded and audited.</summary>
public sealed class StatementHandlersTests(AzuriteFixture azurite)
{
    private const string Text = "Tampereen katko korjataan tänään klo 14 mennessä. Pahoittelemme!";
    private static readonly Spike Outage = new(Cluster.Of(Topic.Outage), CaseBuilder.T0, 120, 24, 0.2, []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject StatementClick(WorkflowApp app, TeamMember who, string verb, CrisisPeriod period, int revision, string? text = null, string locale = "en-US")
    {
        var click = WorkflowInvokes.Click(app.Connector.ServiceUrl, who, verb, "unused", null, locale);
        var data = new JsonObject { [CrisisVerbs.CrisisId] = period.Id, [CrisisVerbs.Revision] = revision };
        if (text is not null)
        {
            data[CrisisVerbs.StatementText] = text;
        }

        click["value"]!["action"]!["data"] = data;
        return click;
    }

    private static string Refusal(string locale, RefusalCode code) =>
        CaseCard.RefusalText(CardTexts.For(CardLanguages.FromLocale(locale)), new Refusal(code));

    [Fact]
    public async Task Statement_DraftSubmitSelfApproveThenAnother_ApprovedByTheOtherAndAudited()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var store = app.Factory.Services.GetRequiredService<CrisisStore>();
        var period = CrisisPeriod.Raise(Outage, CaseBuilder.T0);
        await store.TryRaiseAsync(period, null, Ct);

        var (_, saved) = await app.PostAsync(StatementClick(app, TeamMember.Aino, CrisisVerbs.SaveStatement, period, 0, Text), Ct);
        var (_, stale) = await app.PostAsync(StatementClick(app, TeamMember.Bertil, CrisisVerbs.SaveStatement, period, 0, "Toinen"), Ct);
        var (_, notAuthor) = await app.PostAsync(StatementClick(app, TeamMember.Bertil, CrisisVerbs.SubmitStatement, period, 1), Ct);
        await app.PostAsync(StatementClick(app, TeamMember.Aino, CrisisVerbs.SubmitStatement, period, 1), Ct);
        var (_, own) = await app.PostAsync(StatementClick(app, TeamMember.Aino, CrisisVerbs.ApproveStatement, period, 1, locale: "fi-FI"), Ct);
        var (_, notApprover) = await app.PostAsync(StatementClick(app, TeamMember.Bertil, CrisisVerbs.ApproveStatement, period, 1), Ct);
        Assert.Equal(StatementStage.AwaitingApproval, (await store.GetStatementAsync(period.Id, Ct))!.Statement.Stage);
        var (_, approved) = await app.PostAsync(StatementClick(app, TeamMember.Maija, CrisisVerbs.ApproveStatement, period, 1), Ct);

        Assert.Equal("Statement saved; the card updates shortly.", (string?)saved!["value"]);
        Assert.Equal("Approved: the statement goes out in batches to the cases waiting in the group.", (string?)approved!["value"]);
        Assert.Equal(Refusal("en-US", RefusalCode.StaleCard), (string?)stale!["value"]);
        Assert.Equal(Refusal("en-US", RefusalCode.NotClaimer), (string?)notAuthor!["value"]);
        Assert.Equal(Refusal("fi-FI", RefusalCode.OwnDraft), (string?)own!["value"]);
        Assert.Equal(Refusal("en-US", RefusalCode.NotApprover), (string?)notApprover!["value"]);
        var statement = (await store.GetStatementAsync(period.Id, Ct))!.Statement;
        Assert.Equal((Text, 1, "aad-aino", "aad-maija"), (statement.Text, statement.Revision, statement.Author.Id, statement.ApprovedBy!.Id));
        Assert.Equal(app.Time.GetUtcNow(), statement.ApprovedAt);
        var audit = await store.ListStatementAuditAsync(period.Id, Ct);
        Assert.Equal(["StatementDrafted", "StatementSubmitted", "StatementApproved"], audit.Select(a => a.Event));
        Assert.Equal(["aad-aino", "aad-aino", "aad-maija"], audit.Select(a => a.ActorId));
    }

    [Fact]
    public async Task SaveStatement_OverTheStrictestNetworksLimit_CannotBeSubmitted()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var store = app.Factory.Services.GetRequiredService<CrisisStore>();
        var period = CrisisPeriod.Raise(Outage, CaseBuilder.T0);
        await store.TryRaiseAsync(period, null, Ct);
        await store.AddMemberAsync(period.Id, new GroupMember("c-fb", "triage", CaseBuilder.T0, false, ReplyLimit: 8000), Ct);
        await store.AddMemberAsync(period.Id, new GroupMember("c-x", "triage", CaseBuilder.T0, false, ReplyLimit: 280), Ct);

        await app.PostAsync(StatementClick(app, TeamMember.Aino, CrisisVerbs.SaveStatement, period, 0, string.Concat(Enumerable.Repeat("Korjaamme vikaa parhaillaan. ", 12))), Ct);
        var (_, submit) = await app.PostAsync(StatementClick(app, TeamMember.Aino, CrisisVerbs.SubmitStatement, period, 1), Ct);

        var stored = (await store.GetStatementAsync(period.Id, Ct))!.Statement;
        Assert.False(stored.CanSend);
        Assert.Equal(StatementStage.Drafted, stored.Stage);
        Assert.Equal(Refusal("en-US", RefusalCode.CannotBeSent), (string?)submit!["value"]);
    }
}
