using System.Net;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

public sealed partial class CaseStore
{
    // Each lost race means someone else's transition was stored, so progress is guaranteed;
    // this only bounds a pathological storm (or a bug) instead of looping for ever.
    private const int MaxAttempts = 100;

    /// <summary>
    /// Applies <paramref name="command"/> to the stored case and stores the transition with its
    /// audit entry in one ETag-checked transaction. When another writer got there first (412), the
    /// case is read again and the command re-applied, so the loser of a race is judged against the
    /// winner's state (e.g. "claimed by …"). Returns the stored outcome: accepted with the stored
    /// case, or refused with the current stored case; null when there is no such case.
    /// </summary>
    public async Task<Transition?> ApplyAsync(CaseId id, CaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var partition = CaseRows.Partition(id);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var row = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.CaseRow, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (!row.HasValue)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var transition = CaseMachine.Apply(CaseRows.ToCase(row.Value!), command, now);
            if (transition is not Transition.Accepted accepted)
            {
                return transition;
            }

            TableTransactionAction[] batch =
            [
                new(TableTransactionActionType.UpdateReplace, CaseRows.FromCase(accepted.Next, now), row.Value!.ETag),
                new(TableTransactionActionType.Add, CaseRows.FromAudit(accepted.Audit)),
            ];
            try
            {
                await _cases.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                return accepted;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
            {
                // 412: the case moved since we read it. 409 on the audit row means the same.
                LogLostRace(logger, id.Value, command.AuditEvent, attempt);
            }
        }

        throw new InvalidOperationException($"Case {id} kept changing under {command.AuditEvent} for {MaxAttempts} attempts.");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId} changed under {Command} (attempt {Attempt}); reading it again")]
    private static partial void LogLostRace(ILogger logger, string caseId, string command, int attempt);
}
