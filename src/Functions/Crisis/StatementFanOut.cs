using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// Sends each approved crisis statement to the cases still waiting in its group, a batch per
/// detector run (a cluster may hold thousands). Each case is one <see cref="AnswerWithStatement"/>
/// transition into the outbox, whose attempt id and attempt store keep the network call to one;
/// a case already answered or claimed out is refused by the case itself, so a re-run (or two runs)
/// never sends twice. While the crisis is active, cases that join later get the statement too.
/// </summary>
public sealed partial class StatementFanOut(CrisisStore store, CaseStore cases, CaseEffects effects, IOptions<CrisisOptions> options, ILogger<StatementFanOut> logger)
{
    public async Task RunAsync(IReadOnlyList<StoredPeriod> periods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var budget = options.Value.StatementBatch;
        foreach (var stored in await store.ListStatementsToSendAsync(cancellationToken).ConfigureAwait(false))
        {
            var statement = stored.Statement;
            var members = await store.ListMembersAsync(statement.CrisisId, cancellationToken).ConfigureAwait(false);
            var todo = members.Where(m => !m.ClaimedOut && m.AnsweredWith != statement.Id).Take(budget).ToList();
            foreach (var member in todo)
            {
                var command = new AnswerWithStatement(Actor.System, statement.CrisisId, statement.Id, statement.Text);
                var transition = await cases.ApplyAsync(new CaseId(member.CaseId), command, cancellationToken).ConfigureAwait(false);
                if (transition is Transition.Refused { Current: { State: CaseState.Sending, Pending: { } pending } current } && pending.RequestedBy.Is(ActorRoles.System) && pending.Text == statement.Text)
                {
                    // A run that died between the transition and the outbox message: queue it again
                    // (the sender drops a duplicate; the attempt store guards the network call).
                    await effects.RunAsync(current.Id, [new CaseEffect.EnqueueSend(pending.AttemptId, pending.Kind)], cancellationToken).ConfigureAwait(false);
                }

                await effects.RunAsync(transition, cancellationToken).ConfigureAwait(false);
                var outcome = transition switch
                {
                    Transition.Accepted => CrisisStore.SentOutcome,
                    Transition.Refused refused => refused.Reason.Code.ToString(),
                    _ => "Missing",
                };
                await store.MarkAnsweredAsync(statement.CrisisId, member.CaseId, statement.Id, outcome, cancellationToken).ConfigureAwait(false);
            }

            budget -= todo.Count;
            var active = periods.Any(p => p.Period.Id == statement.CrisisId && p.Period.IsActive);
            if (!active && todo.Count == members.Count(m => !m.ClaimedOut && m.AnsweredWith != statement.Id))
            {
                await store.MarkSentToAllAsync(statement.CrisisId, cancellationToken).ConfigureAwait(false);
            }

            LogFannedOut(logger, statement.Id, todo.Count);
            if (budget <= 0)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statement {StatementId}: {Count} grouped cases answered this run")]
    private static partial void LogFannedOut(ILogger logger, string statementId, int count);
}
