using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using SomeTeams.Core.Cases;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// How a case, its audit entries and its thread index look as table rows. The case and its
/// audit rows share the case's partition so a transition and its audit entry are one transaction.
/// </summary>
internal static class CaseRows
{
    public const string CaseRow = "case";
    public const string AuditPrefix = "audit-";
    public const string ThreadRow = "thread";

    public static string Partition(CaseId id) => TableKey.Escape(id.Value);

    /// <summary>Zero-padded so the audit rows sort by version.</summary>
    public static string AuditRow(long version) => AuditPrefix + version.ToString("D10", CultureInfo.InvariantCulture);

    public static TableEntity FromCase(Case c, DateTimeOffset now)
    {
        // The plain properties are for filters (open cases, by state) and for reading in Storage Explorer; the JSON is the truth.
        var entity = new TableEntity(Partition(c.Id), CaseRow)
        {
            ["Version"] = c.Version,
            ["State"] = c.State.ToString(),
            ["IsOpen"] = c.IsOpen,
            ["Route"] = c.Route,
            ["DueAt"] = c.DueAt,
            ["ClaimedById"] = c.ClaimedBy?.Id,
            ["UpdatedAt"] = now,
        };
        JsonColumns.Write(entity, JsonSerializer.Serialize(c, StorageJson.Default.Case));
        return entity;
    }

    public static Case ToCase(TableEntity entity) =>
        JsonSerializer.Deserialize(JsonColumns.Read(entity), StorageJson.Default.Case)
        ?? throw new InvalidDataException($"Case row {entity.PartitionKey} holds no case.");

    public static TableEntity FromAudit(AuditEntry audit)
    {
        var entity = new TableEntity(Partition(audit.CaseId), AuditRow(audit.Version))
        {
            ["Version"] = audit.Version,
            ["At"] = audit.At,
            ["Event"] = audit.Event,
            ["ActorId"] = audit.Actor.Id,
        };
        JsonColumns.Write(entity, JsonSerializer.Serialize(audit, StorageJson.Default.AuditEntry));
        return entity;
    }

    public static AuditEntry ToAudit(TableEntity entity) =>
        JsonSerializer.Deserialize(JsonColumns.Read(entity), StorageJson.Default.AuditEntry)
        ?? throw new InvalidDataException($"Audit row {entity.PartitionKey}/{entity.RowKey} holds no entry.");

    /// <summary>
    /// The thread's index row carries the whole opening case, so whoever finds the index but
    /// not the case (its creator crashed in between, or is still writing) can finish the creation.
    /// </summary>
    public static TableEntity FromThread(CaseThread thread, Case opening)
    {
        var entity = new TableEntity(thread.Key, ThreadRow) { ["CaseId"] = opening.Id.Value };
        JsonColumns.Write(entity, JsonSerializer.Serialize(opening, StorageJson.Default.Case));
        return entity;
    }

    /// <summary>The audit entry of a case's creation, so the trail starts at version 1.</summary>
    public static AuditEntry Opened(Case c) =>
        new(c.Id, c.Version, c.OpenedAt, Actor.System, "CaseOpened", c.State, c.State);
}
