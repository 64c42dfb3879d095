using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Shifts;
using SomeTeams.Storage.Cases;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// Timer, every minute: every open case against its SLA thresholds, and approvals left waiting.
/// Safe to run twice at once or again after a crash: each notice is sent under its own once-only
/// mark (see <see cref="OnceOnly"/>). Reads every open case (CaseStore.ListOpenAsync scans), which
/// is fine at a care team's volume of open work.
/// </summary>
public sealed partial class SlaSweep(CaseStore cases, ShiftRoster roster, SlaWarnings warnings, ApprovalEscalation escalation, TimeProvider time, ILogger<SlaSweep> logger)
    : ITimerFunction
{
    public const string DefaultSchedule = "0 * * * * *";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rota = await roster.AroundAsync(now, cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var c in cases.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await warnings.CheckAsync(c, rota, now, cancellationToken).ConfigureAwait(false);
            await escalation.CheckAsync(c, rota, now, cancellationToken).ConfigureAwait(false);
            count++;
        }

        LogSwept(logger, count, rota is not null);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SLA sweep: {Open} open cases checked (rota read: {RotaRead})")]
    private static partial void LogSwept(ILogger logger, int open, bool rotaRead);
}
