using Microsoft.Extensions.Logging;

namespace SomeTeams.Storage.Queues;

/// <summary>The application's work queues, by role.</summary>
public sealed class WorkQueues(StorageClients clients, ILogger<QueueGateway> logger)
{
    public QueueGateway Mentions { get; } = new(clients, clients.Names.MentionsQueue, logger);

    public QueueGateway Cards { get; } = new(clients, clients.Names.CardsQueue, logger);

    public QueueGateway Outbox { get; } = new(clients, clients.Names.OutboxQueue, logger);

    /// <summary>The queue with the logical name <paramref name="name"/> (<see cref="StorageNames.Mentions"/>, …).</summary>
    public QueueGateway For(string name) => name switch
    {
        StorageNames.Mentions => Mentions,
        StorageNames.Cards => Cards,
        StorageNames.Outbox => Outbox,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such work queue."),
    };
}
