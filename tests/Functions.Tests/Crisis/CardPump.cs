using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Crisis;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Tests.Pipeline;
using SomeTeams.TestKit;

namespace SomeTeams.Functions.Tests.Crisis;

/// <summary>
/// The card poster and the spike detector as the host runs them, on a fake clock: <c>cards</c>
/// messages are posted one at a time in the background (the pacer waits on the fake clock), and
/// the detector runs in the background when its timer is due, one run at a time. The test's own
/// loop moves the clock; <see cref="UntilAsync"/> moves it only while nothing progresses, which is
/// when everything left waits on the clock.
/// </summary>
internal sealed class CardPump : IAsyncDisposable
{
    private readonly PipelineApp app;
    private readonly FakeTimeProvider clock;
    private readonly Channel<string> bodies = Channel.CreateUnbounded<string>();
    private readonly Task[] consumers;
    private readonly CancellationToken cancellationToken;
    private Task detector = Task.CompletedTask;
    private int pending;
    private int processed;

    public CardPump(PipelineApp app, FakeTimeProvider clock, CancellationToken cancellationToken)
    {
        this.app = app;
        this.clock = clock;
        this.cancellationToken = cancellationToken;
        // Several at once, as the host's queue listener takes a batch: the pacer keeps them within Teams' limits.
        consumers = [.. Enumerable.Range(0, 8).Select(_ => Task.Run(ConsumeAsync, cancellationToken))];
    }

    public ConcurrentBag<string> Failures { get; } = [];

    public int DetectorRuns { get; private set; }

    public bool Idle => Volatile.Read(ref pending) == 0 && detector.IsCompleted;

    /// <summary>Hands every waiting <c>cards</c> message to the poster.</summary>
    public async Task CollectAsync()
    {
        foreach (var body in await PipelineApp.DrainAsync(app.Queues.Cards, cancellationToken))
        {
            Interlocked.Increment(ref pending);
            await bodies.Writer.WriteAsync(body, cancellationToken);
        }
    }

    /// <summary>Starts a detector run unless one is still going (as a timer whose last run overran).</summary>
    public void TickDetector()
    {
        if (!detector.IsCompleted)
        {
            return;
        }

        detector.GetAwaiter().GetResult();
        DetectorRuns++;
        detector = Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SpikeDetector>().RunAsync(new TimerTick(clock.GetUtcNow(), false), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Polls until <paramref name="done"/>; a poll that finds no progress moves the clock one second.</summary>
    public Task UntilAsync(Func<bool> done, string what)
    {
        var last = -1L;
        return Eventually.TrueAsync(
            () =>
            {
                if (done())
                {
                    return true;
                }

                var progress = Volatile.Read(ref processed) + (long)app.Teams.Requests.Count;
                if (progress == last)
                {
                    clock.Advance(TimeSpan.FromSeconds(1));
                }

                last = progress;
                return false;
            },
            what,
            cancellationToken,
            TimeSpan.FromMinutes(3));
    }

    public async ValueTask DisposeAsync()
    {
        bodies.Writer.TryComplete();
        await Task.WhenAll(consumers).ConfigureAwait(false);
        await detector.ConfigureAwait(false);
    }

    private async Task ConsumeAsync()
    {
        await foreach (var body in bodies.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                await app.RunAsync<PostCard>(body, cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                // A failed delivery would be retried by the host; here it is a finding.
                Failures.Add(e.Message);
            }
            finally
            {
                Interlocked.Increment(ref processed);
                Interlocked.Decrement(ref pending);
            }
        }
    }
}
