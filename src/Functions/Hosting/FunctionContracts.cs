namespace SomeTeams.Functions.Hosting;

// The two shapes a function takes. Functions implement these and know nothing of how they are
// hosted: Azure Functions (custom handler) and the embedded runner both call them the same way.

/// <summary>A function triggered by a queue message. Throwing fails the delivery: it is retried, and after five tries it goes to poison.</summary>
public interface IQueueFunction
{
    Task RunAsync(QueueMessage message, CancellationToken cancellationToken);
}

/// <summary>A function triggered by a timer.</summary>
public interface ITimerFunction
{
    Task RunAsync(TimerTick tick, CancellationToken cancellationToken);
}

/// <summary>One delivery of a queue message: its JSON body (already Base64-decoded) and how many times it was delivered.</summary>
public sealed record QueueMessage(string Id, string Body, long DequeueCount);

/// <summary>One timer occurrence.</summary>
public sealed record TimerTick(DateTimeOffset Now, bool IsPastDue);
