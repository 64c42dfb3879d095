using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Telemetry;
using SomeTeams.Storage.Cases;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Queue <c>outbox</c>: performs a case's pending reply or moderation on the network, at most once.
/// The attempt is recorded before the call; a delivery that finds the record cannot know whether
/// the earlier call reached the network, so it never calls again and marks the case
/// <see cref="CaseState.SendUnknown"/> for a person to check.
/// </summary>
public sealed partial class SendReply(
    CaseStore cases,
    SendAttemptStore attempts,
    CardLocationStore locations,
    SourceAccountCatalog accounts,
    ConnectorRegistry connectors,
    CaseEffects effects,
    ILogger<SendReply> logger) : IQueueFunction
{
    public async Task RunAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var order = PipelineJson.Read(message.Body, PipelineJson.Default.OutboxMessage);
        var caseId = new CaseId(order.CaseId);
        var current = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current?.State is not CaseState.Sending || current.Pending is not { } pending || pending.AttemptId != order.AttemptId)
        {
            // Done, failed or superseded: a duplicate or late message. If the delivery that recorded the
            // outcome died before queueing the card, the card is behind: queue it (PostCard coalesces).
            if (current is not null && await locations.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is { } card && card.PostedVersion < current.Version)
            {
                await effects.UpdateCardAsync(caseId, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (accounts.Find(current.Mention.AccountId) is not { } account || !connectors.TryGet(account.Network, out var connector))
        {
            await RecordAsync(caseId, new MarkSendFailed(Actor.System, pending.AttemptId, "The account is not configured on this host.") { Problem = ActionProblem.AccountNotConfigured }, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await attempts.TryBeginAsync(caseId, pending.AttemptId, cancellationToken).ConfigureAwait(false))
        {
            LogOutcomeUnknown(logger, caseId.Value, pending.AttemptId);
            await RecordAsync(caseId, new MarkSendFailed(Actor.System, pending.AttemptId, "An earlier try may have reached the network; check it before sending again.", Unknown: true) { Problem = ActionProblem.OutcomeUnknown }, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var outcome = await connector.PerformAsync(account, new SocialAction(pending.Kind, current.Mention, pending.Text, pending.AttemptId, caseId.Value), cancellationToken).ConfigureAwait(false);
        var outcomeName = outcome.GetType().Name;
        PipelineSpans.Performed(caseId, account, outcome);
        LogPerformed(logger, caseId.Value, pending.AttemptId, pending.Kind, outcomeName);
        CaseCommand result = outcome switch
        {
            ActionOutcome.Done done => new MarkSent(Actor.System, pending.AttemptId, done.ExternalId, done.Permalink),
            ActionOutcome.Failed { Error: ConnectorError.RateLimited or ConnectorError.Unavailable } failed => await ForgetAndRetryAsync(caseId, pending.AttemptId, failed, cancellationToken).ConfigureAwait(false),
            ActionOutcome.Failed failed => new MarkSendFailed(Actor.System, pending.AttemptId, failed.Error.Reason) { Problem = failed.Error.Problem },
            ActionOutcome.Refused refused => new MarkSendFailed(Actor.System, pending.AttemptId, refused.Reason) { Problem = refused.Problem },
            ActionOutcome.Unknown unknown => new MarkSendFailed(Actor.System, pending.AttemptId, unknown.Reason, Unknown: true) { Problem = ActionProblem.OutcomeUnknown },
            _ => throw new InvalidOperationException($"Unknown action outcome {outcome.GetType().Name}."),
        };
        await RecordAsync(caseId, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing was published: the attempt may be tried again, so the delivery fails and the runner retries later.</summary>
    private async Task<CaseCommand> ForgetAndRetryAsync(CaseId caseId, string attemptId, ActionOutcome.Failed failed, CancellationToken cancellationToken)
    {
        await attempts.ForgetAsync(caseId, attemptId, cancellationToken).ConfigureAwait(false);
        throw new InvalidOperationException($"{failed.Error.GetType().Name} on case {caseId} attempt {attemptId}; retried later.");
    }

    private async Task RecordAsync(CaseId caseId, CaseCommand command, CancellationToken cancellationToken)
    {
        var transition = await cases.ApplyAsync(caseId, command, cancellationToken).ConfigureAwait(false);
        if (transition is Transition.Refused refused)
        {
            LogRefused(logger, caseId.Value, command.AuditEvent, refused.Reason.Code.ToString());
        }

        await effects.RunAsync(transition, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} attempt {AttemptId}: {Kind} ended {Outcome}")]
    private static partial void LogPerformed(ILogger logger, string caseId, string attemptId, SocialActionKind kind, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} attempt {AttemptId} was begun before: not sent again, marked for a person to check")]
    private static partial void LogOutcomeUnknown(ILogger logger, string caseId, string attemptId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} refused {Command}: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string caseId, string command, string refusal);
}
