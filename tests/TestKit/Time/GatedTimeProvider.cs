namespace SomeTeams.TestKit.Time;

/// <summary>
/// A clock whose first reading waits until the test releases it. Code that reads the clock
/// between its read and its write (the case store does) can so be held at exactly that point
/// while another writer goes first: a race made deterministic, without sleeps.
/// </summary>
public sealed class GatedTimeProvider(TimeProvider inner) : TimeProvider, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _released = new();
    private int _readings;

    /// <summary>Completes when the first reading is waiting at the gate.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.Set();

    public override DateTimeOffset GetUtcNow()
    {
        if (Interlocked.Increment(ref _readings) == 1)
        {
            _entered.TrySetResult();
            if (!_released.Wait(Deadline))
            {
                throw new TimeoutException("The gated clock was never released.");
            }
        }

        return inner.GetUtcNow();
    }

    public void Dispose() => _released.Dispose();
}
