using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;

namespace SomeTeams.Storage.Crisis;

// Statements: one row per crisis group (partition "statement"), written compare-and-swap on its
// ETag so of two clicks only one drafts, submits or approves; each accepted step is also kept as an
// audit row ("sa-{crisis}", keyed by revision and stage, so a retry writes it once). The fan-out marks
// each member it answered on its member row and the statement done once every member is.
public sealed partial class CrisisStore
{
    /// <summary>The outcome a member's row records when the statement went to the outbox for it.</summary>
    public const string SentOutcome = "Sending";

    private const string Statements = "statement";

    public async Task<StoredStatement?> GetStatementAsync(string crisisId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Statements, TableKey.Escape(crisisId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ReadStatement(row.Value!) : null;
    }

    /// <summary>The approved statements whose fan-out has not finished yet.</summary>
    public async Task<IReadOnlyList<StoredStatement>> ListStatementsToSendAsync(CancellationToken cancellationToken)
    {
        var list = new List<StoredStatement>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Statements, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ReadStatement(row) is { Statement.Stage: StatementStage.Approved, SentToAll: false } stored)
            {
                list.Add(stored);
            }
        }

        return list;
    }

    /// <summary>Stores <paramref name="next"/> if the row is still as <paramref name="previous"/> saw it (absent when null), and audits it.</summary>
    public async Task<bool> TrySaveStatementAsync(CrisisStatement next, StoredStatement? previous, string auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var entity = WriteStatement(next, sentToAll: false);
        try
        {
            if (previous is null)
            {
                await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        var actor = next.Stage == StatementStage.Approved ? next.ApprovedBy! : next.Author;
        var at = next.ApprovedAt ?? next.SubmittedAt ?? next.DraftedAt;
        var audit = new TableEntity(StatementAudit(next.CrisisId), $"{next.Revision:D5}-{(int)next.Stage}")
        {
            ["Event"] = auditEvent,
            ["StatementId"] = next.Id,
            ["ActorId"] = actor.Id,
            ["ActorName"] = actor.Name,
            ["At"] = at,
        };
        await _table.UpsertEntityAsync(audit, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<(string Event, string ActorId, DateTimeOffset At)>> ListStatementAuditAsync(string crisisId, CancellationToken cancellationToken)
    {
        var partition = StatementAudit(crisisId);
        var list = new List<(string, string, DateTimeOffset)>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add((row.GetString("Event"), row.GetString("ActorId"), row.GetDateTimeOffset("At") ?? default));
        }

        return list;
    }

    /// <summary>The fan-out is through: every member was answered or skipped. Merge, so the statement itself stays.</summary>
    public Task MarkSentToAllAsync(string crisisId, CancellationToken cancellationToken) =>
        _table.UpdateEntityAsync(new TableEntity(Statements, TableKey.Escape(crisisId)) { ["SentToAll"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Records on the member row what the fan-out did with the case (sent, or why skipped).</summary>
    public Task MarkAnsweredAsync(string crisisId, string caseId, string statementId, string outcome, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Members(crisisId), TableKey.Escape(caseId)) { ["AnsweredWith"] = statementId, ["AnswerOutcome"] = outcome };
        return _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    private static TableEntity WriteStatement(CrisisStatement s, bool sentToAll) => new(Statements, TableKey.Escape(s.CrisisId))
    {
        ["CrisisId"] = s.CrisisId,
        ["Revision"] = s.Revision,
        ["Text"] = s.Text,
        ["AuthorId"] = s.Author.Id,
        ["AuthorName"] = s.Author.Name,
        ["DraftedAt"] = s.DraftedAt,
        ["CanSend"] = s.CanSend,
        ["SubmittedAt"] = s.SubmittedAt,
        ["ApproverId"] = s.ApprovedBy?.Id,
        ["ApproverName"] = s.ApprovedBy?.Name,
        ["ApprovedAt"] = s.ApprovedAt,
        ["SentToAll"] = sentToAll,
    };

    private static StoredStatement ReadStatement(TableEntity row)
    {
        // Roles are not stored: they are checked when a person acts, from TeamRoles.
        var statement = new CrisisStatement
        {
            CrisisId = row.GetString("CrisisId"),
            Revision = row.GetInt32("Revision") ?? 0,
            Text = row.GetString("Text") ?? string.Empty,
            Author = new Actor(row.GetString("AuthorId"), row.GetString("AuthorName"), ActorRoles.None),
            DraftedAt = row.GetDateTimeOffset("DraftedAt") ?? default,
            CanSend = row.GetBoolean("CanSend") ?? false,
            SubmittedAt = row.GetDateTimeOffset("SubmittedAt"),
            ApprovedBy = row.GetString("ApproverId") is { } approver ? new Actor(approver, row.GetString("ApproverName"), ActorRoles.None) : null,
            ApprovedAt = row.GetDateTimeOffset("ApprovedAt"),
        };
        return new StoredStatement(statement, row.GetBoolean("SentToAll") ?? false, row.ETag);
    }

    private static string StatementAudit(string crisisId) => "sa-" + TableKey.Escape(crisisId);
}
