using SomeTeams.Core.Policies;

using Microsoft.Extensions.Configuration;

namespace SomeTeams.Teams.Policies;

/// <summary>
/// The team's first-response clock on its service hours (<c>ServiceHours:Weekly</c> in
/// <see cref="WeeklyHours"/> syntax, <c>ServiceHours:TimeZone</c>), read the same way by both hosts,
/// so a case reopened by hand in the bot is due as a new one from the pipeline would be. The
/// default is Mon–Fri 08:00–20:00 Europe/Helsinki with Finnish holidays: the hours a Finnish
/// operator's or bank's social care desk keeps, longer than office hours because customers write
/// in the evening.
/// </summary>
public static class TeamSla
{
    public const string DefaultWeeklyHours = "mon-fri 08:00-20:00";

    public static SlaClock From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hours = new ServiceHours(
            configuration["ServiceHours:TimeZone"] is { Length: > 0 } zone ? zone : ServiceHours.DefaultTimeZoneId,
            WeeklyHours.Parse(configuration["ServiceHours:Weekly"] is { Length: > 0 } weekly ? weekly : DefaultWeeklyHours),
            HolidayCalendar.Finland);
        return new SlaClock(new BusinessClock(hours), SlaPolicy.Default);
    }
}
