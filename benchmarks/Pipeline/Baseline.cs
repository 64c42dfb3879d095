using System.Diagnostics;
using Azure.Storage.Queues;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// The raw Azurite floor: enqueue N small messages to a fresh queue, then receive them in batches of
/// 32 and delete each, one request at a time, as plain SDK calls. The pipeline's work is several
/// queue hops plus tables plus the Teams post per mention, so this bounds what it could reach.
/// </summary>
internal static class Baseline
{
    public static async Task<double> MeasureAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        var queue = new QueueClient(connectionString, "baseline" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync(cancellationToken: cancellationToken);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await queue.SendMessageAsync("{\"n\":" + i + "}", cancellationToken);
        }

        var received = 0;
        while (received < count)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                throw new InvalidOperationException($"Baseline: only {received} of {count} messages came back.");
            }

            foreach (var message in batch)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }

            received += batch.Length;
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await queue.DeleteAsync(cancellationToken);
        return count / elapsed;
    }
}
