using SomeTeams.Core.Cases;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// Carries out what a transition asks of the world: whoever applies a command runs its effects.
/// A card update is one <c>cards</c> message however many effects ask for it; a send is one
/// <c>outbox</c> message per attempt (the sender drops any attempt the case no longer waits for).
/// </summary>
public sealed partial class CaseEffects(WorkQueues queues, ILogger<CaseEffects> logger)
{
    public async Task RunAsync(Transition? transition, CancellationToken cancellationToken)
    {
        if (transition is Transition.Accepted accepted)
        {
            await RunAsync(accepted.Next.Id, accepted.Effects, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RunAsync(CaseId caseId, IReadOnlyList<CaseEffect> effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effects);
        foreach (var send in effects.OfType<CaseEffect.EnqueueSend>())
        {
            await queues.Outbox.SendAsync(new OutboxMessage(caseId.Value, send.AttemptId), PipelineJson.Default.OutboxMessage, cancellationToken).ConfigureAwait(false);
        }

        if (effects.Any(e => e is CaseEffect.UpdateCard))
        {
            await UpdateCardAsync(caseId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var other in effects.Where(e => e is not (CaseEffect.EnqueueSend or CaseEffect.UpdateCard)))
        {
            // Notifications go to people through the bot; the functions apply only system commands, which raise none.
            LogNotHandled(logger, caseId.Value, other.GetType().Name);
        }
    }

    public Task UpdateCardAsync(CaseId caseId, CancellationToken cancellationToken) =>
        queues.Cards.SendAsync(new CardMessage(caseId.Value), PipelineJson.Default.CardMessage, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: effect {Effect} is not carried out by the functions")]
    private static partial void LogNotHandled(ILogger logger, string caseId, string effect);
}
