using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace SomeTeams.Storage;

/// <summary>The service clients, built once from <see cref="StorageOptions"/>; thread-safe and shared.</summary>
public sealed class StorageClients
{
    // Pinned so the SDK speaks a version Azurite 3.37 accepts even without --skipApiVersionCheck
    // (feasibility.md §1); Azure accepts it too.
    internal const QueueClientOptions.ServiceVersion QueueVersion = QueueClientOptions.ServiceVersion.V2026_06_06;

    private readonly string? _connectionString;
    private readonly Uri? _queueServiceUri;
    private readonly TokenCredential? _credential;

    public StorageClients(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        Names = new StorageNames(o.NamePrefix);
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            _connectionString = o.ConnectionString;
            Tables = new TableServiceClient(o.ConnectionString);
        }
        else
        {
            _credential = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
            _queueServiceUri = o.QueueServiceUri;
            Tables = new TableServiceClient(o.TableServiceUri, _credential);
        }
    }

    public StorageNames Names { get; }

    public TableServiceClient Tables { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>
    /// A queue client with Base64 messages (what the Functions queue trigger reads). Options are
    /// per client because the decoding-failure handler differs per queue.
    /// </summary>
    public QueueClient Queue(string name, QueueClientOptions? options = null)
    {
        options ??= NewQueueOptions();
        return _connectionString is not null
            ? new QueueClient(_connectionString, name, options)
            : new QueueClient(new Uri($"{_queueServiceUri!.AbsoluteUri.TrimEnd('/')}/{name}"), _credential, options);
    }

    internal static QueueClientOptions NewQueueOptions() => new(QueueVersion) { MessageEncoding = QueueMessageEncoding.Base64 };
}
