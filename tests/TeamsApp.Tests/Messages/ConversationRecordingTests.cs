using System.Net;
using System.Text.Json.Nodes;
using SomeTeams.Teams.BotFramework.Conversations;

namespace SomeTeams.TeamsApp.Tests.Messages;

public sealed class ConversationRecordingTests(AuthenticatedApp app) : IClassFixture<AuthenticatedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewTeam() => "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";

    [Fact]
    public async Task InstallationAdd_RecordsTeamWithSelectedChannelAndServiceUrl()
    {
        var team = NewTeam();

        using var response = await app.PostAsync(TestActivities.Installation("add", team, "19:triage@thread.tacv2"), app.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await app.Store.GetAsync(TestActivities.Tenant, ConversationKind.Team, team, Ct);
        Assert.NotNull(stored);
        Assert.True(stored.Reference.Active);
        Assert.Equal("Asiakaspalvelu", stored.Reference.Name);
        Assert.Equal("da849743-4259-475f-ae7a-4f4b0fb49943", stored.Reference.AadGroupId);
        Assert.Equal("19:triage@thread.tacv2", stored.Reference.DefaultChannelId);
        Assert.Equal(TestActivities.ServiceUrl, stored.Reference.ServiceUrl);
        Assert.Contains(app.Record.Events, e => e.ChannelData?.Team?.Id == team);
    }

    [Fact]
    public async Task InstallationAdd_Twice_WritesOnce()
    {
        var team = NewTeam();
        var install = TestActivities.Installation("add", team, "19:triage@thread.tacv2");
        using (await app.PostAsync(install, app.Token()))
        {
        }

        var first = await app.Store.GetAsync(TestActivities.Tenant, ConversationKind.Team, team, Ct);
        using (await app.PostAsync(install, app.Token()))
        {
        }

        var second = await app.Store.GetAsync(TestActivities.Tenant, ConversationKind.Team, team, Ct);
        Assert.Equal(first!.ETag, second!.ETag);
    }

    [Fact]
    public async Task InstallationRemove_MarksTeamInactiveAndKeepsWhatWasKnown()
    {
        var team = NewTeam();
        using (await app.PostAsync(TestActivities.Installation("add", team, "19:triage@thread.tacv2"), app.Token()))
        {
        }

        var remove = TestActivities.Installation("remove", team, team);
        remove["channelData"]!.AsObject().Remove("settings");
        using (await app.PostAsync(remove, app.Token()))
        {
        }

        var stored = await app.Store.GetAsync(TestActivities.Tenant, ConversationKind.Team, team, Ct);
        Assert.False(stored!.Reference.Active);
        Assert.Equal("19:triage@thread.tacv2", stored.Reference.DefaultChannelId);
    }

    [Fact]
    public async Task AnyActivity_WithNewServiceUrl_RefreshesTheStoredOne()
    {
        var team = NewTeam();
        using (await app.PostAsync(TestActivities.Installation("add", team, "19:triage@thread.tacv2"), app.Token()))
        {
        }

        const string moved = "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/";
        var message = TestActivities.Channel("<at>Care Bot</at> jono", mentionBot: true, channel: "19:triage@thread.tacv2");
        message["serviceUrl"] = moved;
        message["channelData"]!["team"]!["id"] = team;
        using var response = await app.PostAsync(message, app.Token(moved));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var references = await app.Store.ListTeamAsync(TestActivities.Tenant, team, Ct);
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(moved, r.ServiceUrl));
    }

    [Fact]
    public async Task ChannelCreated_RecordsTheChannelUnderItsTeam()
    {
        var team = NewTeam();

        using (await app.PostAsync(TestActivities.ChannelCreated(team, "19:vip@thread.tacv2", "VIP-asiakkaat"), app.Token()))
        {
        }

        var channel = (await app.Store.ListTeamAsync(TestActivities.Tenant, team, Ct)).Single(r => r.ConversationId == "19:vip@thread.tacv2");
        Assert.Equal(ConversationKind.Channel, channel.Kind);
        Assert.Equal("VIP-asiakkaat", channel.Name);
        Assert.True(channel.Active);
    }

    [Fact]
    public async Task PersonalMessage_RecordsTheChatWithTheUser()
    {
        var activity = TestActivities.Personal("jono");

        using (await app.PostAsync(activity, app.Token()))
        {
        }

        var id = activity["conversation"]!["id"]!.GetValue<string>();
        var chat = await app.Store.GetAsync(TestActivities.Tenant, ConversationKind.Personal, id, Ct);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", chat!.Reference.UserAadObjectId);
    }
}
