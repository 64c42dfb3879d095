using SomeTeams.Core.Policies;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The team's first-response clock on its service hours, from the keys the functions read for new
/// cases (Functions' PipelinePolicies.Sla: <c>ServiceHours:Weekly</c>, <c>ServiceHours:TimeZone</c>,
/// the same defaults), so a case reopened by hand is due as a new one would be.
/// </summary>
internal static class TeamSla
{
    public const string DefaultWeeklyHours = "mon-fri 08:00-20:00";

    public static SlaClock From(IConfiguration configuration)
    {
        var hours = new ServiceHours(
            configuration["ServiceHours:TimeZone"] is { Length: > 0 } zone ? zone : ServiceHours.DefaultTimeZoneId,
            WeeklyHours.Parse(configuration["ServiceHours:Weekly"] is { Length: > 0 } weekly ? weekly : DefaultWeeklyHours),
            HolidayCalendar.Finland);
        return new SlaClock(new BusinessClock(hours), SlaPolicy.Default);
    }
}
