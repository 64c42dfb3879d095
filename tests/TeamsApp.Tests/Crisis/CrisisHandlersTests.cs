using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Triage;
using SomeTeams.Storage.Crisis;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.Cards.Crisis;
using SomeTeams.TeamsApp.Tests.Workflow;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.TeamsApp.Tests.Crisis;

public sealed class CrisisHandlersTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Spike Outage = new(Cluster.Of(Topic.Outage), CaseBuilder.T0, 120, 24, 0.2, []);

    private static JsonObject EndClick(WorkflowApp app, TeamMember who, CrisisPeriod period, string locale = "fi-FI")
    {
        var click = WorkflowInvokes.Click(app.Connector.ServiceUrl, who, CrisisVerbs.EndCrisis, "unused", null, locale);
        click["value"]!["action"]!["data"] = new JsonObject { [CrisisVerbs.CrisisId] = period.Id, [CrisisVerbs.Cluster] = period.Cluster.Key };
        return click;
    }

    [Fact]
    public async Task EndCrisis_AgentThenManagerTwice_OnlyTheManagerEndsItOnce()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var store = app.Factory.Services.GetRequiredService<CrisisStore>();
        var period = CrisisPeriod.Raise(Outage, CaseBuilder.T0);
        await store.TryRaiseAsync(period, null, Ct);

        var (agentStatus, agentBody) = await app.PostAsync(EndClick(app, TeamMember.Bertil, period), Ct);
        Assert.Equal(HttpStatusCode.OK, agentStatus);
        Assert.Equal("Vain esihenkilö voi lopettaa kriisitilan.", (string?)agentBody!["value"]);
        Assert.True((await store.GetAsync(period.Cluster, Ct))!.Period.IsActive);

        var (_, ended) = await app.PostAsync(EndClick(app, TeamMember.Maija, period), Ct);
        var (_, again) = await app.PostAsync(EndClick(app, TeamMember.Maija, period, "en-US"), Ct);

        var stored = (await store.GetAsync(period.Cluster, Ct))!.Period;
        Assert.Equal(("Maija Manager", app.Time.GetUtcNow()), (stored.EndedBy, stored.EndedAt));
        Assert.Contains("Kriisitilan lopetti Maija Manager", ended!["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", ended["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Crisis mode ended by Maija Manager", again!["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndCrisis_WithoutCluster_IsABadRequest()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var click = WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Maija, CrisisVerbs.EndCrisis, "unused", null);
        click["value"]!["action"]!["data"] = new JsonObject { [CrisisVerbs.CrisisId] = "topic:outage@1", [CrisisVerbs.Cluster] = "keyword:x" };

        var (_, body) = await app.PostAsync(click, Ct);

        Assert.Equal(400, (int?)body!["statusCode"]);
    }

    [Fact]
    public async Task ClaimFromGroup_TwoPeople_TheFirstGetsItsOwnCardTheSecondIsTold()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var store = app.Factory.Services.GetRequiredService<CrisisStore>();
        var period = CrisisPeriod.Raise(Outage, CaseBuilder.T0);
        var created = await app.Cases.CreateAsync(CaseBuilder.New(mention: CaseBuilder.Mention(externalId: "grouped-1")), Ct);
        var grouped = ((Transition.Accepted)(await app.Cases.ApplyAsync(created.Case.Id, new JoinGroup(Actor.System, period.Id), Ct))!).Next;
        await store.AddMemberAsync(period.Id, new GroupMember(grouped.Id.Value, grouped.Route, grouped.OpenedAt, false), Ct);
        (string, string) CrisisInput = (CrisisVerbs.CrisisId, period.Id);

        var (_, first) = await app.PostAsync(app.Click(TeamMember.Bertil, CrisisVerbs.ClaimFromGroup, grouped, grouped.Version, CrisisInput), Ct);
        var (_, second) = await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Aino, CrisisVerbs.ClaimFromGroup, grouped.Id.Value, grouped.Version + 1, "fi-FI", inputs: CrisisInput), Ct);

        Assert.Equal("The case is yours now and gets its own card in the channel.", (string?)first!["value"]);
        Assert.Contains("Bertil Agent", (string?)second!["value"], StringComparison.Ordinal);
        var now = (await app.Cases.GetAsync(grouped.Id, Ct))!;
        Assert.Equal((CaseState.Claimed, "aad-bertil", null), (now.State, now.ClaimedBy?.Id, now.GroupId));
        Assert.True(Assert.Single(await store.ListMembersAsync(period.Id, Ct)).ClaimedOut);
        var cards = app.Factory.Services.GetRequiredService<WorkQueues>().Cards;
        var message = Assert.Single(await cards.ReceiveAsync(32, TimeSpan.FromMinutes(1), Ct));
        Assert.Contains(grouped.Id.Value, message.Body, StringComparison.Ordinal);
    }
}
