using Microsoft.Extensions.Logging;

namespace SomeTeams.Storage.Queues;

/// <summary>The application's work queues, by role.</summary>
public sealed class WorkQueues(StorageClients clients, ILogger<QueueGateway> logger)
{
    public QueueGateway Mentions { get; } = new(clients, clients.Names.MentionsQueue, logger);

    public QueueGateway Cards { get; } = new(clients, clients.Names.CardsQueue, logger);

    public QueueGateway Outbox { get; } = new(clients, clients.Names.OutboxQueue, logger);
}
