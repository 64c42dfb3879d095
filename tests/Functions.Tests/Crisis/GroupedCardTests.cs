using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.Storage.Crisis;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Builders;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Crisis;

/// <summary>PostCard and a grouped case: the group shows it while nobody holds it; a person who holds it gets its own card.</summary>
public sealed class GroupedCardTests(AzuriteFixture azurite)
{
    private const string Group = "topic:outage@20261123T080000";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostCard_GroupedCase_PostsNothingUntilAManagerHandsItToSomeone()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var created = await app.Cases.CreateAsync(CaseBuilder.New(mention: CaseBuilder.Mention(externalId: "g-1")), Ct);
        await app.Cases.ApplyAsync(created.Case.Id, new JoinGroup(Actor.System, Group), Ct);
        var body = JsonSerializer.Serialize(new CardMessage(created.Case.Id.Value), PipelineJson.Default.CardMessage);

        await app.RunAsync<PostCard>(body, Ct);
        await app.RunAsync<PostCard>(body, Ct);

        Assert.Equal((0, 0), app.CardWrites());
        var member = Assert.Single(await app.Get<CrisisStore>().ListMembersAsync(Group, Ct));
        Assert.Equal(created.Case.Id.Value, member.CaseId);

        await app.Cases.ApplyAsync(created.Case.Id, new Reassign(People.Maija, People.Bertil), Ct);
        await app.RunAsync<PostCard>(body, Ct);

        Assert.Equal((1, 0), app.CardWrites());
    }

    [Fact]
    public async Task PostCard_GroupedCaseWhoseStatementMayHaveGoneOut_GetsItsOwnCard()
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        await using var app = await PipelineApp.StartAsync(storage, new FakeNetwork(Network.Facebook), runner: false, Ct);
        var created = await app.Cases.CreateAsync(CaseBuilder.New(mention: CaseBuilder.Mention(externalId: "g-2")), Ct);
        await app.Cases.ApplyAsync(created.Case.Id, new JoinGroup(Actor.System, Group), Ct);
        var sending = ((Transition.Accepted)(await app.Cases.ApplyAsync(created.Case.Id, new AnswerWithStatement(Actor.System, Group, Group + "/r1", "Vika korjataan"), Ct))!).Next;
        var body = JsonSerializer.Serialize(new CardMessage(created.Case.Id.Value), PipelineJson.Default.CardMessage);

        await app.RunAsync<PostCard>(body, Ct);
        Assert.Equal((0, 0), app.CardWrites());

        await app.Cases.ApplyAsync(created.Case.Id, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "timeout", Unknown: true) { Problem = ActionProblem.OutcomeUnknown }, Ct);
        await app.RunAsync<PostCard>(body, Ct);

        Assert.Equal((1, 0), app.CardWrites());
    }
}
