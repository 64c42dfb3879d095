using Microsoft.Extensions.Logging;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;

namespace SomeTeams.Teams.Graph;

/// <summary>Where a rota came from, so a digest can say "from Shifts" or "from the configured rota".</summary>
public enum RotaSource
{
    Shifts,
    Configured,
}

public sealed record RotaReading(Rota Rota, RotaSource Source);

/// <summary>
/// Who is on shift (issue #7): from Teams Shifts when the team uses it, otherwise from the
/// configured weekly rota. A team "does not use" Shifts when no team id is set, or when Graph
/// answers 403/404 (no schedule, no consent). A 429 or an outage is returned as such and does not
/// fall back: the configured rota may name other people, and releasing claims on a wrong rota is
/// worse than keeping the last one a little longer.
/// </summary>
public sealed partial class RotaReader(ShiftSchedule shifts, GraphOptions options, ILogger<RotaReader> log)
{
    public async Task<GraphResult<RotaReading>> ReadAsync(WeeklyRota configured, Func<string, Actor?> people, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (string.IsNullOrWhiteSpace(options.TeamId))
        {
            return Configured(configured, from, to);
        }

        var read = await shifts.ReadAsync(options.TeamId, from, to, people, cancellationToken).ConfigureAwait(false);
        if (read.IsOk)
        {
            return new GraphResult<RotaReading>(GraphOutcome.Ok, new RotaReading(new Rota(read.Value!), RotaSource.Shifts));
        }
        if (read.UseFallback)
        {
            LogFallback(read.Outcome, read.StatusCode);
            return Configured(configured, from, to);
        }
        return read.As<RotaReading>();
    }

    private static GraphResult<RotaReading> Configured(WeeklyRota configured, DateTimeOffset from, DateTimeOffset to) =>
        new(GraphOutcome.Ok, new RotaReading(configured.Expand(from, to), RotaSource.Configured));

    [LoggerMessage(Level = LogLevel.Information, Message = "Shifts not available ({Outcome} {StatusCode}); using the configured rota")]
    private partial void LogFallback(GraphOutcome outcome, int? statusCode);
}
