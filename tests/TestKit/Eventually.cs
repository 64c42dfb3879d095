namespace SomeTeams.TestKit;

/// <summary>Poll-until-true with a deadline, for effects that happen asynchronously. No sleeps in tests.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<bool> condition, string what, CancellationToken cancellationToken, TimeSpan? deadline = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, cancellationToken, deadline);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTimeOffset.UtcNow + (deadline ?? DefaultDeadline);
        var pause = TimeSpan.FromMilliseconds(10);
        while (!await condition().ConfigureAwait(false))
        {
            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"Still waiting, after {(deadline ?? DefaultDeadline).TotalSeconds:0} s, for: {what}.");
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }
}
