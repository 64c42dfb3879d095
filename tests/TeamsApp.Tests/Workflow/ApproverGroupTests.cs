using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes.Graph;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>Approvers by Entra group: Bertil is no approver by id, but sits in a group inside the approvers' group.</summary>
public sealed class ApproverGroupTests(AzuriteFixture azurite)
{
    private const string ApproverGroup = "0a000000-0000-4000-8000-0000000000a1";
    private const string ShiftLeads = "0a000000-0000-4000-8000-0000000000a3";
    private const string Draft = "Pahoittelut laskuvirheestä! Korjaamme sen heti, laitathan yksityisviestin.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_ByAMemberOfANestedApproverGroup_IsAccepted()
    {
        await using var graph = await StartGraphAsync();
        await using var app = await StartAppAsync(graph);
        var c = await SubmittedCaseAsync(app);

        var (_, approved) = await app.PostAsync(app.Click(TeamMember.Bertil, "approve", c, 4), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(TeamMember.Bertil.AadObjectId, stored!.Draft!.ApprovedBy!.Id);
        Assert.DoesNotContain("approve", CardJson.Verbs(CardJson.InvokeCard(approved)));
        Assert.Contains(graph.Requests, r => r.Path == $"/v1.0/users/{TeamMember.Bertil.AadObjectId}/checkMemberGroups");
    }

    [Fact]
    public async Task Submit_ApproverGroupMember_IsToldAndGetsTheirOwnView()
    {
        await using var graph = await StartGraphAsync();
        await using var app = await StartAppAsync(graph);
        var c = await app.OpenCaseAsync(sensitive: true, Ct);

        // Bertil has opened the card once: the bot knows his Teams id.
        await app.PostAsync(WorkflowInvokes.Click(app.Connector.ServiceUrl, TeamMember.Bertil, "refresh", c.Id.Value, 1, trigger: "automatic"), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "saveDraft", c, 2, ("draftText", Draft)), Ct);
        var (_, submitted) = await app.PostAsync(app.Click(TeamMember.Aino, "submit", c, 3), Ct);

        var refresh = CardJson.InvokeCard(submitted)["refresh"]!["userIds"]!.AsArray().Select(i => (string?)i);
        Assert.Contains(TeamMember.Bertil.TeamsId, refresh);
        Assert.Contains(graph.Requests, r => r.Path.StartsWith($"/v1.0/groups/{ApproverGroup}/transitiveMembers/graph.user", StringComparison.Ordinal));
        await SomeTeams.TestKit.Eventually.TrueAsync(
            () => app.Connector.Requests.Any(r => r.Method == "POST" && r.Body.Contains(TeamMember.Bertil.TeamsId, StringComparison.Ordinal)),
            "Bertil's 1:1 chat is opened for the approval notice",
            Ct);
    }

    [Fact]
    public async Task Approve_WhenGraphFails_IsRefusedAndTheLogNamesNobody()
    {
        await using var graph = await StartGraphAsync();
        await using var app = await StartAppAsync(graph);
        var c = await SubmittedCaseAsync(app);

        graph.FailNext(503, "serviceNotAvailable");
        var (_, refused) = await app.PostAsync(app.Click(TeamMember.Bertil, "approve", c, 4), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.AwaitingApproval, stored!.State);
        Assert.False(stored.Draft!.IsApproved);
        Assert.DoesNotContain("approve", CardJson.Verbs(CardJson.InvokeCard(refused)));
        Assert.Contains(app.Logs.Lines, l => l.Contains("Role groups not read (Unavailable)", StringComparison.Ordinal));
        // Only the framework's HTTP log of the Bot Connector's roster lookup (its URL holds the id,
        // src/Teams/BotFramework) names him; nothing of the role check does, nor any Graph call.
        var named = app.Logs.Lines.Where(l => l.Contains(TeamMember.Bertil.Name, StringComparison.Ordinal)
            || (l.Contains(TeamMember.Bertil.AadObjectId, StringComparison.Ordinal) && !l.Contains("/v3/conversations/", StringComparison.Ordinal)));
        Assert.True(!named.Any(), string.Join('\n', named));

        // Graph is back: the same person's next click is asked again, not answered from a cached failure.
        var (_, approved) = await app.PostAsync(app.Click(TeamMember.Bertil, "approve", c, 4), Ct);
        Assert.Equal(TeamMember.Bertil.AadObjectId, (await app.Cases.GetAsync(c.Id, Ct))!.Draft!.ApprovedBy!.Id);
        Assert.NotNull(approved);
    }

    [Fact]
    public async Task Start_GroupIdsWithoutGraph_FailsWithTheReason()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => WorkflowApp.StartAsync(azurite, Ct, ("Approvers:GroupIds:0", ApproverGroup)));

        Assert.Contains("Approvers:GroupIds needs Graph", e.ToString(), StringComparison.Ordinal);
    }

    private static async Task<FakeGraphServer> StartGraphAsync()
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddGroupMembers(ApproverGroup, ShiftLeads);
        graph.AddGroupMembers(ShiftLeads, TeamMember.Bertil.AadObjectId);
        return graph;
    }

    private Task<WorkflowApp> StartAppAsync(FakeGraphServer graph) => WorkflowApp.StartAsync(
        azurite,
        Ct,
        ("Approvers:GroupIds:0", ApproverGroup),
        ("Graph:BaseUrl", graph.BaseUrl.ToString()),
        ("Graph:StaticToken", FakeGraphServer.Token));

    /// <summary>Aino claims, drafts and submits a sensitive case: it awaits approval at version 4.</summary>
    private static async Task<Case> SubmittedCaseAsync(WorkflowApp app)
    {
        var c = await app.OpenCaseAsync(sensitive: true, Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "claim", c, 1), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "saveDraft", c, 2, ("draftText", Draft)), Ct);
        await app.PostAsync(app.Click(TeamMember.Aino, "submit", c, 3), Ct);
        Assert.Equal(CaseState.AwaitingApproval, (await app.Cases.GetAsync(c.Id, Ct))!.State);
        return c;
    }
}
