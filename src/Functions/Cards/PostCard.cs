using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Telemetry;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Cards;

/// <summary>
/// Queue <c>cards</c>: shows the case as it is now in its routed channel. The first time it opens
/// the case's channel thread with the card; later it replaces that card, unless the card already
/// shows this version (messages coalesce: several changes, one update). Writes are paced by the
/// connector client; when the channel's next slot is further off than a short wait, the message is
/// sent again for then instead of holding a listener slot that other channels' cards need.
/// Throttling or an outage fails the delivery so it is retried later.
/// </summary>
public sealed partial class PostCard(
    CaseStore cases,
    CardLocationStore locations,
    CardChannels channels,
    ConnectorClient connector,
    Crisis.CrisisGrouping grouping,
    TeamsPacer pacer,
    WorkQueues queues,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<PostCard> logger) : IQueueFunction
{
    public async Task RunAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var caseId = new CaseId(PipelineJson.Read(message.Body, PipelineJson.Default.CardMessage).CaseId);
        if (await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } c)
        {
            LogNoCase(logger, caseId.Value);
            return;
        }

        var channel = channels.For(c.Route) ?? throw new InvalidOperationException($"No Teams channel is configured for route '{c.Route}' (Channels:{c.Route}).");
        var location = await locations.GetAsync(caseId, cancellationToken).ConfigureAwait(false);

        // Crisis mode: a case of an active crisis's cluster is shown in the grouped card instead (Functions/Crisis).
        if (await grouping.AbsorbAsync(c, hasCard: location is not null, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (location is not null && location.PostedVersion >= c.Version)
        {
            return;
        }

        if (await DeferredAsync(caseId, channel.TenantId, location?.ConversationId ?? channel.ChannelId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var rendered = CaseCard.Render(c, CardViewer.Channel, new CardContext { Locale = channel.Locale, Now = time.GetUtcNow() });
        using var document = System.Text.Json.JsonDocument.Parse(CaseCard.ToJson(rendered));
        var card = OutgoingActivity.ForCard(document.RootElement.Clone());
        if (location is null)
        {
            var created = await connector.CreateChannelThreadAsync(channel.ServiceUrl, channel.TenantId, channel.ChannelId, card, cancellationToken).ConfigureAwait(false);
            Ensure(created.Outcome, created.StatusCode, caseId);
            var thread = created.Value!;
            await locations.SaveNewAsync(caseId, new CardLocation(channel.ServiceUrl, thread.Id!, thread.ActivityId!, c.Version), cancellationToken).ConfigureAwait(false);
            LogPosted(logger, caseId.Value, c.Version);
            PipelineSpans.CardPosted(caseId, "created");
            return;
        }

        var updated = await connector.UpdateAsync(new ConversationTarget(location.ServiceUrl, channel.TenantId, location.ConversationId), location.ActivityId, card, cancellationToken).ConfigureAwait(false);
        Ensure(updated.Outcome, updated.StatusCode, caseId);
        await locations.SaveAsync(caseId, location with { PostedVersion = c.Version }, cancellationToken).ConfigureAwait(false);
        LogUpdated(logger, caseId.Value, c.Version);
        PipelineSpans.CardPosted(caseId, "updated");
    }

    /// <summary>
    /// True when the channel is busy for longer than <see cref="PipelineOptions.CardDeferAfter"/>: the card message is
    /// sent again, invisible until the pacer expects a slot, and this delivery ends as done. The new
    /// message is sent before this one is deleted, so a crash in between leaves a duplicate, which the
    /// version check above turns into a no-op once the card is posted.
    /// </summary>
    private async Task<bool> DeferredAsync(CaseId caseId, string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var inline = options.Value.CardDeferAfter;
        if (inline == Timeout.InfiniteTimeSpan || pacer.DeferUntil(tenantId, conversationId, inline) is not { } back)
        {
            return false;
        }

        var delay = back - time.GetUtcNow();
        var body = System.Text.Json.JsonSerializer.Serialize(new CardMessage(caseId.Value), PipelineJson.Default.CardMessage);
        await queues.Cards.SendAsync(body, delay > TimeSpan.Zero ? delay : null, cancellationToken).ConfigureAwait(false);
        LogDeferred(logger, caseId.Value, (int)delay.TotalMilliseconds);
        return true;
    }

    // Every failure fails the delivery: throttling and outages are retried, and a refusal that
    // lasts (a removed channel, a card too large) ends in the poison queue where it is seen. An
    // unknown outcome of opening the thread is retried too: Teams takes no idempotency key, and a
    // second card in the channel is better than a case nobody sees.
    private static void Ensure(ConnectorOutcome outcome, int? status, CaseId caseId)
    {
        if (outcome != ConnectorOutcome.Ok)
        {
            throw new InvalidOperationException($"Posting the card of case {caseId} ended {outcome} (HTTP {status}).");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: card posted at version {Version}")]
    private static partial void LogPosted(ILogger logger, string caseId, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: card updated to version {Version}")]
    private static partial void LogUpdated(ILogger logger, string caseId, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId}: the channel is busy, card deferred by {DelayMs} ms")]
    private static partial void LogDeferred(ILogger logger, string caseId, int delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card message for case {CaseId}, which does not exist: dropped")]
    private static partial void LogNoCase(ILogger logger, string caseId);
}
