using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Functions.Hosting.Embedded;

/// <summary>Fires one timer function on its NCRONTAB schedule (UTC). A failure is logged; the next occurrence runs as scheduled.</summary>
internal sealed partial class TimerRunner(FunctionDefinition function, FunctionInvoker invoker, TimeProvider time, ILogger<TimerRunner> logger)
    : BackgroundService
{
    private readonly CronSchedule _schedule = CronSchedule.Parse(((FunctionTrigger.TimerFires)function.Trigger).Schedule);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var next = _schedule.NextAfter(time.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }

                var now = time.GetUtcNow();
                await invoker.RunTimerAsync(function, new TimerTick(now, IsPastDue: now - next > TimeSpan.FromMinutes(1)), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed occurrence must not stop the schedule.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, function.Name, e);
            }

            next = _schedule.NextAfter(next > time.GetUtcNow() ? next : time.GetUtcNow());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed")]
    private static partial void LogFailed(ILogger logger, string function, Exception exception);
}
