namespace SomeTeams.Functions.Tests.Sla;

/// <summary>
/// The Teams pacer's clock in a simulated day: it reads the test's fake clock plus the waits the
/// pacer has asked for, and a wait ends at once (moving this clock on by it). So the pacer still
/// spaces writes within Teams' windows, in simulated seconds, without the test's clock being moved
/// under the functions or the run stalling on a timer nobody advances.
/// </summary>
internal sealed class SteppingClock(TimeProvider day) : TimeProvider
{
    private long _waitedTicks;

    public override DateTimeOffset GetUtcNow() => day.GetUtcNow().AddTicks(Interlocked.Read(ref _waitedTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Add(ref _waitedTicks, dueTime.Ticks);
        }

        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
