using SomeTeams.Core.Policies;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Functions.Shifts;

/// <summary>
/// Who works around an instant: Teams Shifts when Graph:TeamId is set and the team uses it, else
/// the configured rota (RotaReader decides). Null when Shifts is throttled or down: the timers
/// then skip what needs the rota this round rather than act on a wrong one.
/// </summary>
public sealed partial class ShiftRoster(RotaReader reader, TeamPeople people, SlaClock sla, ILogger<ShiftRoster> logger)
{
    /// <summary>Shifts overlapping a day either side of <paramref name="at"/>: enough for "on shift now", "ended" and the last change.</summary>
    public async Task<Rota?> AroundAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(people.Rota(sla.Clock.Hours), people.Find, at.AddDays(-1), at.AddDays(1), cancellationToken).ConfigureAwait(false);
        if (read.IsOk)
        {
            return read.Value!.Rota;
        }

        LogUnavailable(logger, read.Outcome, read.StatusCode);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rota could not be read ({Outcome}, HTTP {Status}); shift work waits for the next run")]
    private static partial void LogUnavailable(ILogger logger, GraphOutcome outcome, int? status);
}
