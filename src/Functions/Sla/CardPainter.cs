using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// Repaints a case's channel card when its SLA threshold changes. Not through the cards queue:
/// PostCard skips a case whose card already shows its version, and a threshold is not a new
/// version. Replacing the card is idempotent (bot-protocol.md §5.3), so a retried repaint is harmless.
/// </summary>
public sealed class CardPainter(CardChannels channels, CardLocationStore locations, ConnectorClient connector, TimeProvider time)
{
    public async Task<Delivery> RepaintAsync(Case c, SlaThreshold reached, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (channels.For(c.Route) is not { } channel || await locations.GetAsync(c.Id, cancellationToken).ConfigureAwait(false) is not { } location)
        {
            return Delivery.NotSent;
        }

        var rendered = CaseCard.Render(c, CardViewer.Channel, new CardContext { Locale = channel.Locale, Now = time.GetUtcNow(), SlaReached = reached });
        using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(rendered));
        var updated = await connector.UpdateAsync(
            new ConversationTarget(location.ServiceUrl, channel.TenantId, location.ConversationId), location.ActivityId, OutgoingActivity.ForCard(document.RootElement.Clone()), cancellationToken).ConfigureAwait(false);
        return updated.IsOk ? Delivery.Sent : Delivery.NotSent;
    }
}
