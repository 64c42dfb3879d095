using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Leases;

internal sealed class LeaseEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}
