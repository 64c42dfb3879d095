using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.BotFramework.Activities;
using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Brings the channel card up to the case's version right after a click, with PUT on the card's
/// activity (bot-protocol.md §5.3), so everyone sees the new state, not only the clicker. If the
/// PUT fails or takes longer than the click can wait, the <c>cards</c> queue gets the case id and
/// PostCard finishes the job.
/// </summary>
internal sealed partial class ChannelCards(
    ConnectorClient connector, CardLocationStore locations, WorkQueues queues, CaseViews views, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<ChannelCards> log)
{
    public async Task UpdateAsync(Case c, Activity clicked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(clicked);
        var tenant = clicked.TenantId ?? string.Empty;
        var location = await locations.GetAsync(c.Id, cancellationToken).ConfigureAwait(false) ?? FromClick(clicked);
        if (location is null)
        {
            await BackstopAsync(c, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (location.PostedVersion >= c.Version)
        {
            return;
        }

        using var wait = new CancellationTokenSource(options.Value.CardUpdateWait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
        try
        {
            var card = await views.ForChannelAsync(c, tenant, linked.Token).ConfigureAwait(false);
            var target = new ConversationTarget(location.ServiceUrl, tenant, location.ConversationId);
            var result = await connector.UpdateAsync(target, location.ActivityId, OutgoingActivity.ForCard(card), linked.Token).ConfigureAwait(false);
            if (result.IsOk)
            {
                await locations.SaveAsync(c.Id, location with { PostedVersion = c.Version }, cancellationToken).ConfigureAwait(false);
                LogUpdated(c.Id.Value, c.Version);
                return;
            }

            LogFailed(c.Id.Value, result.Outcome, result.StatusCode);
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogSlow(c.Id.Value);
        }

        await BackstopAsync(c, cancellationToken).ConfigureAwait(false);
    }

    private Task BackstopAsync(Case c, CancellationToken cancellationToken) =>
        queues.Cards.SendAsync(new CardWork(c.Id.Value), WorkJson.Default.CardWork, cancellationToken);

    // A click on a channel card names the card itself: the thread and replyToId (§5.3). Clicks in a
    // personal chat are on a notification, not on the case's card.
    private static CardLocation? FromClick(Activity a) =>
        a.Conversation.ConversationType == "channel" && a.ReplyToId is { Length: > 0 } card
            ? new CardLocation(a.ServiceUrl, a.Conversation.Id, card, PostedVersion: 0)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel card of case {CaseId} updated to version {Version}")]
    private partial void LogUpdated(string caseId, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel card of case {CaseId} not updated ({Outcome}, status {StatusCode}); queued for PostCard")]
    private partial void LogFailed(string caseId, ConnectorOutcome outcome, int? statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel card of case {CaseId} took too long to update; queued for PostCard")]
    private partial void LogSlow(string caseId);
}
