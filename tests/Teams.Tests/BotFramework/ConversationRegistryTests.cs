using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Conversations;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class ConversationRegistryTests
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:team@thread.tacv2";
    private readonly InMemoryConversationReferenceStore store = new();
    private readonly ConversationRegistry registry;

    public ConversationRegistryTests() =>
        registry = new ConversationRegistry(store, new FakeTimeProvider(), NullLogger<ConversationRegistry>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity ChannelActivity(string type, string serviceUrl = "https://smba.trafficmanager.net/emea/", ChannelAccount[]? added = null, ChannelAccount[]? removed = null, string? eventType = null, string? teamName = "Hoito") => new()
    {
        Type = type,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = Team, ConversationType = "channel" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        MembersAdded = added,
        MembersRemoved = removed,
        ChannelData = new TeamsChannelData { Team = new TeamInfo(Team, teamName), Tenant = new TenantInfo(Tenant), EventType = eventType },
    };

    [Fact]
    public async Task Record_BotAddedThenRemoved_TogglesTheTeam()
    {
        await registry.RecordAsync(ChannelActivity("conversationUpdate", added: [new ChannelAccount { Id = "28:bot" }], eventType: "teamMemberAdded"), Ct);
        Assert.True((await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference.Active);

        await registry.RecordAsync(ChannelActivity("conversationUpdate", removed: [new ChannelAccount { Id = "28:bot" }], eventType: "teamMemberRemoved"), Ct);
        var team = (await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference;
        Assert.False(team.Active);
        Assert.Equal("Hoito", team.Name);
    }

    [Fact]
    public async Task Record_SomeoneElseAdded_DoesNotChangeInstallState()
    {
        await registry.RecordAsync(ChannelActivity("conversationUpdate", removed: [new ChannelAccount { Id = "28:bot" }]), Ct);

        await registry.RecordAsync(ChannelActivity("conversationUpdate", added: [new ChannelAccount { Id = "29:aino" }]), Ct);

        Assert.False((await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference.Active);
    }

    [Fact]
    public async Task Record_ManyActivitiesAtOnce_LoseNoChange()
    {
        await registry.RecordAsync(ChannelActivity("message"), Ct);
        const string url = "https://smba.trafficmanager.net/emea/moved/";
        var messages = Enumerable.Range(0, 20).Select(_ => ChannelActivity("message", url, teamName: null));
        var rename = ChannelActivity("conversationUpdate", url, eventType: "teamRenamed", teamName: "Somehoito");

        // Without compare-and-swap a message holding the old state would write the old name back.
        await Task.WhenAll(messages.Append(rename).Select(a => Task.Run(() => registry.RecordAsync(a, Ct), Ct)));

        var team = (await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference;
        Assert.Equal(url, team.ServiceUrl);
        Assert.Equal("Somehoito", team.Name);
    }

    [Fact]
    public async Task Record_NoTenant_StoresNothing()
    {
        var activity = ChannelActivity("message") with { ChannelData = null };

        await registry.RecordAsync(activity, Ct);

        Assert.Empty(await store.ListTeamAsync(Tenant, Team, Ct));
    }

    [Fact]
    public async Task Record_ChannelDeleted_MarksOnlyThatChannel()
    {
        var created = ChannelActivity("conversationUpdate", eventType: "channelCreated");
        var channel = new ChannelInfo("19:vip@thread.tacv2", "VIP");
        await registry.RecordAsync(created with { ChannelData = created.ChannelData! with { Channel = channel } }, Ct);

        var deleted = ChannelActivity("conversationUpdate", eventType: "channelDeleted");
        await registry.RecordAsync(deleted with { ChannelData = deleted.ChannelData! with { Channel = channel } }, Ct);

        var all = await store.ListTeamAsync(Tenant, Team, Ct);
        Assert.False(all.Single(r => r.ConversationId == "19:vip@thread.tacv2").Active);
        Assert.True(all.Single(r => r.Kind == ConversationKind.Team).Active);
    }

    [Fact]
    public async Task Record_InstallThenItsConversationUpdate_KeepsThePickedChannel()
    {
        var install = ChannelActivity("installationUpdate") with { Action = "add" };
        var picked = new TeamsChannelSettings(new ChannelInfo("19:triage@thread.tacv2"));
        await registry.RecordAsync(install with { ChannelData = install.ChannelData! with { Settings = picked } }, Ct);

        await registry.RecordAsync(ChannelActivity("conversationUpdate", added: [new ChannelAccount { Id = "28:bot" }], eventType: "teamMemberAdded"), Ct);

        Assert.Equal("19:triage@thread.tacv2", (await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference.DefaultChannelId);
    }

    [Fact]
    public async Task Record_InstallWithoutPick_DefaultsToTheChannelItCameFrom()
    {
        await registry.RecordAsync(ChannelActivity("conversationUpdate", added: [new ChannelAccount { Id = "28:bot" }], eventType: "teamMemberAdded"), Ct);

        Assert.Equal(Team, (await store.GetAsync(Tenant, ConversationKind.Team, Team, Ct))!.Reference.DefaultChannelId);
    }
}
