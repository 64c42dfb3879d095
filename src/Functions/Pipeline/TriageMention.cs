using Microsoft.Extensions.Options;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Telemetry;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Mentions;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Queue <c>mentions</c>: turns a stored mention into a case, or joins it to its thread's case,
/// and queues the card. Every step converges on a retry (the case id comes from the mention,
/// a follow-up is recorded once), and the mention is marked triaged last, so a crash anywhere
/// is finished by the next delivery and a later duplicate changes nothing.
/// </summary>
public sealed partial class TriageMention(
    MentionStore mentions,
    CaseStore cases,
    CaseOpener opener,
    CaseEffects effects,
    SourceAccountCatalog accounts,
    Crisis.VolumeRecorder volume,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<TriageMention> logger) : IQueueFunction
{
    public async Task RunAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = PipelineJson.Read(message.Body, PipelineJson.Default.MentionMessage).Key;
        // Stored before its message is sent, so a missing mention is a bad message: it fails and goes to poison.
        var stored = await mentions.GetStoredAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"Mention {key.Network}/{key.AccountId} in message {message.Id} is not stored.");
        if (stored.Progress.IsTriaged)
        {
            return;
        }

        var caseId = await FileAsync(stored.Mention, cancellationToken).ConfigureAwait(false);

        // Crisis mode: counted for the spike detector before the mark, so a retry counts it (once).
        await volume.RecordAsync(stored.Mention, caseId, cancellationToken).ConfigureAwait(false);
        PipelineSpans.Filed(key, caseId);
        await mentions.MarkTriagedAsync(key, cancellationToken).ConfigureAwait(false);
        LogTriaged(logger, message.Id, caseId.Value);
    }

    /// <summary>Opens, joins or reopens the thread's case; the case id.</summary>
    private async Task<CaseId> FileAsync(Mention mention, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await cases.FindByThreadAsync(CaseThread.Of(mention), cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.Mention.Key == mention.Key)
        {
            var tag = accounts.Find(mention.AccountId)?.Setting("HumanAgentTag") == "true";
            var created = await cases.CreateAsync(opener.Open(mention, now, tag), cancellationToken).ConfigureAwait(false);
            if (created.IsNew)
            {
                await effects.UpdateCardAsync(created.Case.Id, cancellationToken).ConfigureAwait(false);
                return created.Case.Id;
            }

            // Another mention of the same thread opened its case first: this one joins it.
            existing = created.Case;
        }

        if (existing.State is CaseState.Sent or CaseState.Closed
            && await LastActivityAsync(existing, cancellationToken).ConfigureAwait(false) < now - options.Value.ReopenWindow)
        {
            var successor = await cases.CreateSuccessorAsync(existing, opener.Open(mention, now), cancellationToken).ConfigureAwait(false);
            if (successor.IsNew)
            {
                await effects.UpdateCardAsync(successor.Case.Id, cancellationToken).ConfigureAwait(false);
                return successor.Case.Id;
            }

            existing = successor.Case;
        }

        var followUp = new FollowUp(mention.Key, mention.Text, mention.CreatedAt);
        var transition = await cases.ApplyAsync(existing.Id, new Reopen(Actor.System, opener.DueAfterFollowUp(mention, now), followUp), cancellationToken).ConfigureAwait(false);
        switch (transition)
        {
            case Transition.Accepted:
                await effects.RunAsync(transition, cancellationToken).ConfigureAwait(false);
                break;
            case Transition.Refused { Reason.Code: RefusalCode.AlreadyRecorded }:
                // An earlier delivery recorded it and stopped before the mark; its card message may be lost with it.
                await effects.UpdateCardAsync(existing.Id, cancellationToken).ConfigureAwait(false);
                break;
            case Transition.Refused refused:
                LogRefused(logger, existing.Id.Value, refused.Reason.Code.ToString());
                break;
        }

        return existing.Id;
    }

    private async Task<DateTimeOffset> LastActivityAsync(Case c, CancellationToken cancellationToken)
    {
        var audit = await cases.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        return audit.Count > 0 ? audit[^1].At : c.LastCustomerMessageAt;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} filed under case {CaseId}")]
    private static partial void LogTriaged(ILogger logger, string messageId, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} refused a follow-up: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string caseId, string refusal);
}
