using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using GraphShift = Microsoft.Graph.Models.Shift;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Who works when, from the team's Teams Shifts schedule (<c>GET /teams/{id}/schedule/shifts</c>,
/// Schedule.Read.All as the app). Only published shifts (<c>sharedShift</c>) of people the team
/// knows count: drafts are not yet a promise, and the roles come from the team's settings, not
/// from Shifts. A 403 or 404 (the team does not use Shifts) means: use the configured rota.
/// </summary>
public sealed partial class ShiftSchedule(GraphServiceClient graph, TimeProvider time, ILogger<ShiftSchedule> log)
{
    /// <summary>
    /// Graph filters shifts that lie wholly inside the filter's bounds, so the bounds are widened by
    /// the longest shift we expect and shifts that only touch the window are dropped here.
    /// </summary>
    internal static readonly TimeSpan LongestShift = TimeSpan.FromHours(24);

    /// <summary>Published shifts overlapping [<paramref name="from"/>, <paramref name="to"/>); <paramref name="people"/> gives a person for a user id, or null for someone outside the care team.</summary>
    public async Task<GraphResult<IReadOnlyList<Shift>>> ReadAsync(string teamId, DateTimeOffset from, DateTimeOffset to, Func<string, Actor?> people, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentNullException.ThrowIfNull(people);
        var filter = $"sharedShift/startDateTime ge {Instant(from - LongestShift)} and sharedShift/endDateTime le {Instant(to + LongestShift)}";
        var result = await GraphCall.RunAsync(
            async ct =>
            {
                var found = new List<GraphShift>();
                var page = await graph.Teams[teamId].Schedule.Shifts.GetAsync(r => r.QueryParameters.Filter = filter, ct).ConfigureAwait(false);
                while (page is not null)
                {
                    found.AddRange(page.Value ?? []);
                    page = page.OdataNextLink is { } next
                        ? await graph.Teams[teamId].Schedule.Shifts.WithUrl(next).GetAsync(cancellationToken: ct).ConfigureAwait(false)
                        : null;
                }
                return found;
            },
            time,
            cancellationToken).ConfigureAwait(false);
        if (!result.IsOk)
        {
            LogFailed(result.Outcome, result.StatusCode, result.ErrorCode);
            return result.As<IReadOnlyList<Shift>>();
        }
        return new GraphResult<IReadOnlyList<Shift>>(GraphOutcome.Ok, [.. result.Value!.Select(s => ToShift(s, people)).OfType<Shift>().Where(s => s.Start < to && from < s.End)]);
    }

    internal static Shift? ToShift(GraphShift shift, Func<string, Actor?> people) =>
        shift is { UserId: { Length: > 0 } userId, SharedShift: { StartDateTime: { } start, EndDateTime: { } end } }
            && shift.IsStagedForDeletion != true
            && end > start
            && people(userId) is { } person
            ? new Shift(person, start, end)
            : null;

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shifts not read: {Outcome} {StatusCode} {ErrorCode}")]
    private partial void LogFailed(GraphOutcome outcome, int? statusCode, string? errorCode);
}
