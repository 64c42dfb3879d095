using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Mentions;

/// <summary>One stored mention. The raw ids sit next to the escaped keys so queries and erasure need no unescaping.</summary>
internal sealed class MentionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Network { get; set; } = "";

    public string AccountId { get; set; } = "";

    public string ExternalId { get; set; } = "";

    public string ThreadId { get; set; } = "";

    /// <summary>Lets an author's data be found and erased (DESIGN.md: erasable per author).</summary>
    public string AuthorId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset StoredAt { get; set; }

    public string Json { get; set; } = "";

    /// <summary>When its <c>mentions</c> message was sent; null while a crash may have lost it.</summary>
    public DateTimeOffset? EnqueuedAt { get; set; }

    /// <summary>When triage created or joined its case; null until then.</summary>
    public DateTimeOffset? TriagedAt { get; set; }
}
