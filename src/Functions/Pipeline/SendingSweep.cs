using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Functions.Hosting;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Timer: finds cases stuck in <see cref="CaseState.Sending"/> (a crash between the state write and
/// the outbox message, or an outbox message that ended in poison) and moves them on. With no
/// attempt recorded the network was never called, so the outbox message is sent again: safe,
/// because SendReply records the attempt before calling and a second delivery never calls twice.
/// With an attempt begun long ago and no outcome, nobody knows whether it reached the network, so
/// the case goes to <see cref="CaseState.SendUnknown"/> for a person to check.
/// </summary>
public sealed partial class SendingSweep(
    CaseStore cases, SendAttemptStore attempts, WorkQueues queues, CaseEffects effects, IOptions<PipelineOptions> options, TimeProvider time, ILogger<SendingSweep> logger)
    : ITimerFunction
{
    /// <summary>Every five minutes: it scans the cases table for Sending ones (a whole-table query), so not more often.</summary>
    public const string DefaultSchedule = "0 */5 * * * *";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var stuckAfter = options.Value.SendingStuckAfter;
        await foreach (var c in cases.ListInStateAsync(CaseState.Sending, cancellationToken).ConfigureAwait(false))
        {
            if (c is not { State: CaseState.Sending, Pending: { } pending } || time.GetUtcNow() - pending.RequestedAt < stuckAfter)
            {
                continue;
            }

            var started = await attempts.GetStartedAtAsync(c.Id, pending.AttemptId, cancellationToken).ConfigureAwait(false);
            if (started is null)
            {
                await queues.Outbox.SendAsync(new OutboxMessage(c.Id.Value, pending.AttemptId), PipelineJson.Default.OutboxMessage, cancellationToken).ConfigureAwait(false);
                LogRequeued(logger, c.Id.Value, pending.AttemptId);
            }
            else if (time.GetUtcNow() - started >= stuckAfter)
            {
                var unknown = new MarkSendFailed(Actor.System, pending.AttemptId, "The network call began but no outcome was recorded; check it before sending again.", Unknown: true);
                await effects.RunAsync(await cases.ApplyAsync(c.Id, unknown, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                LogUnknown(logger, c.Id.Value, pending.AttemptId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} was stuck in Sending without a network call: attempt {AttemptId} queued again")]
    private static partial void LogRequeued(ILogger logger, string caseId, string attemptId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} attempt {AttemptId} began but never ended: marked for a person to check")]
    private static partial void LogUnknown(ILogger logger, string caseId, string attemptId);
}
