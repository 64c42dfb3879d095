using SomeTeams.Storage;
using SomeTeams.Teams.BotFramework.Conversations;
using SomeTeams.TeamsApp.Conversations;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.TeamsApp.Tests.Conversations;

public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Team = "19:team-care@thread.tacv2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConversationReference Reference(ConversationKind kind, string id, string? team = null) => new()
    {
        TenantId = Tenant,
        ConversationId = id,
        Kind = kind,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TeamId = team,
        Name = "Asiakaspalvelu / Triage ÅÄÖ",
        UpdatedAt = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Write_ThenGet_ReturnsTheSameReference()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = new TableConversationReferenceStore(storage.Get<StorageClients>());
        var personal = Reference(ConversationKind.Personal, "a:1p0iic/with+odd#chars?") with { UserAadObjectId = "aad-aino" };

        Assert.True(await store.TryWriteAsync(personal, ifMatch: null, Ct));

        var stored = await store.GetAsync(Tenant, ConversationKind.Personal, personal.ConversationId, Ct);
        Assert.Equal(personal, stored!.Reference);
        Assert.Null(await store.GetAsync(Tenant, ConversationKind.Channel, personal.ConversationId, Ct));
    }

    [Fact]
    public async Task Write_WithAStaleOrMissingETag_IsRefused()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = new TableConversationReferenceStore(storage.Get<StorageClients>());
        var channel = Reference(ConversationKind.Channel, "19:triage@thread.tacv2", Team);
        Assert.True(await store.TryWriteAsync(channel, null, Ct));
        var first = await store.GetAsync(Tenant, ConversationKind.Channel, channel.ConversationId, Ct);

        Assert.False(await store.TryWriteAsync(channel with { Name = "again" }, null, Ct));
        Assert.True(await store.TryWriteAsync(channel with { Name = "renamed" }, first!.ETag, Ct));
        Assert.False(await store.TryWriteAsync(channel with { Name = "lost update" }, first.ETag, Ct));
        Assert.False(await store.TryWriteAsync(Reference(ConversationKind.Channel, "19:never@thread.tacv2", Team), first.ETag, Ct));
        Assert.Equal("renamed", (await store.GetAsync(Tenant, ConversationKind.Channel, channel.ConversationId, Ct))!.Reference.Name);
    }

    [Fact]
    public async Task ListTeam_ReturnsTheTeamAndItsChannelsOnly()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var store = new TableConversationReferenceStore(storage.Get<StorageClients>());
        await store.TryWriteAsync(Reference(ConversationKind.Team, Team), null, Ct);
        await store.TryWriteAsync(Reference(ConversationKind.Channel, "19:triage@thread.tacv2", Team), null, Ct);
        await store.TryWriteAsync(Reference(ConversationKind.Channel, "19:vip@thread.tacv2", Team), null, Ct);
        await store.TryWriteAsync(Reference(ConversationKind.Channel, "19:other@thread.tacv2", "19:other-team@thread.tacv2"), null, Ct);
        await store.TryWriteAsync(Reference(ConversationKind.Personal, "a:1aino"), null, Ct);

        var team = await store.ListTeamAsync(Tenant, Team, Ct);

        Assert.Equal([Team, "19:triage@thread.tacv2", "19:vip@thread.tacv2"], team.Select(r => r.ConversationId));
    }
}
