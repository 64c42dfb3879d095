using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Teams.BotFramework.Conversations;
using SomeTeams.Teams.Cards;
using SomeTeams.TeamsApp.Cases;
using SomeTeams.TeamsApp.Conversations;
using SomeTeams.TeamsApp.Messages;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

public sealed class WorkflowWiringTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryCardVerb_HasAHandler()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, TestContext.Current.CancellationToken);

        var routed = app.Factory.Services.GetRequiredService<ActivityRouter>().Verbs;

        Assert.Equal(CardVerbs.All.Concat(Teams.Cards.Crisis.CrisisVerbs.All).Order(StringComparer.Ordinal), routed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConversationReferences_AreOnTables()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, TestContext.Current.CancellationToken);

        Assert.IsType<TableConversationReferenceStore>(app.Factory.Services.GetRequiredService<IConversationReferenceStore>());
    }

    [Fact]
    public void WorkflowTexts_HaveEveryKeyInEveryLanguage()
    {
        Assert.Empty(WorkflowTexts.Missing());
    }
}
