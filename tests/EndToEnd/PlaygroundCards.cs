using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Core.Cases;
using SomeTeams.Teams;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>
/// Posts a case card into the Playground's triage channel the way the pipeline does: the real
/// card renderer and the real connector client in local mode, to the Playground's connector.
/// </summary>
internal static class PlaygroundCards
{
    public static async Task<ConversationResourceResponse> PostAsync(int playgroundPort, Case c, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AllowUnauthenticatedLocal"] = "true" })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddTeams(configuration).BuildServiceProvider();
        var connector = services.GetRequiredService<ConnectorClient>();
        var card = CaseCard.Render(c, CardViewer.Channel, new CardContext { Locale = "fi-FI", Now = DateTimeOffset.UtcNow });
        using var json = JsonDocument.Parse(CaseCard.ToJson(card));
        var activity = OutgoingActivity.ForCard(json.RootElement.Clone());
        var result = await connector.CreateChannelThreadAsync(
            $"http://localhost:{playgroundPort}/_connector", PlaygroundPeople.TenantId, PlaygroundPeople.TriageChannelId, activity, cancellationToken);
        return result.Value ?? throw new InvalidOperationException($"The Playground refused the card: {result.Outcome} {result.ErrorCode}");
    }
}
