using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Cursors;

internal sealed class CursorEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SourceId { get; set; } = "";

    public string? Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? BackoffUntil { get; set; }

    public string? LastError { get; set; }
}
