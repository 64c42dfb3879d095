using System.Text.Json;
using System.Text.Json.Nodes;
using SomeTeams.Functions.Cards;
using SomeTeams.Storage.Crisis;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// Posts a crisis or grouped card into a channel, or replaces it where it already is. Writes are
/// paced by the connector client (Teams' limits); a failure is logged and left to the detector's
/// next run, which draws the card again from the stored state.
/// </summary>
public sealed partial class CrisisCardPoster(ConnectorClient connector, ILogger<CrisisCardPoster> logger)
{
    /// <summary>Where the card is now (with <paramref name="shows"/>), or null when Teams did not take it.</summary>
    public async Task<PostedCard?> ShowAsync(CardChannel channel, PostedCard? posted, JsonObject card, string shows, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        using var document = JsonDocument.Parse(CaseCard.ToJson(card));
        var activity = OutgoingActivity.ForCard(document.RootElement.Clone());
        if (posted is null)
        {
            var created = await connector.CreateChannelThreadAsync(channel.ServiceUrl, channel.TenantId, channel.ChannelId, activity, cancellationToken).ConfigureAwait(false);
            if (created.Outcome != ConnectorOutcome.Ok || created.Value is not { Id: { } id, ActivityId: { } activityId })
            {
                LogFailed(logger, what, created.Outcome.ToString(), created.StatusCode);
                return null;
            }

            LogPosted(logger, what);
            return new PostedCard(channel.ServiceUrl, id, activityId, shows);
        }

        var updated = await connector.UpdateAsync(new ConversationTarget(posted.ServiceUrl, channel.TenantId, posted.ConversationId), posted.ActivityId, activity, cancellationToken).ConfigureAwait(false);
        if (updated.Outcome != ConnectorOutcome.Ok)
        {
            LogFailed(logger, what, updated.Outcome.ToString(), updated.StatusCode);
            return null;
        }

        return posted with { Shows = shows };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis card {What} posted")]
    private static partial void LogPosted(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis card {What} not shown: {Outcome} (HTTP {Status}); the next run tries again")]
    private static partial void LogFailed(ILogger logger, string what, string outcome, int? status);
}
