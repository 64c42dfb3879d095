using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// The team policies the pipeline reads from configuration, checked at start-up.
/// <list type="bullet">
/// <item><c>Routing:File</c> (a JSON file as <see cref="RoutingTable.Parse"/> reads it) or <c>Routing:Json</c>;
/// without either, everything goes to the channel <c>Routing:Default</c> (default "triage").</item>
/// <item><c>ServiceHours:Weekly</c> (<see cref="WeeklyHours"/> syntax) and <c>ServiceHours:TimeZone</c>.
/// The default is Mon–Fri 08:00–20:00 Europe/Helsinki with Finnish holidays: the hours a Finnish
/// operator's or bank's social care desk keeps, longer than office hours because customers write
/// in the evening.</item>
/// </list>
/// </summary>
public static class PipelinePolicies
{
    public const string DefaultChannel = "triage";
    public const string DefaultWeeklyHours = "mon-fri 08:00-20:00";

    public static RoutingTable Routing(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Routing:File"] is { Length: > 0 } path)
        {
            return RoutingTable.Parse(File.ReadAllText(path));
        }

        return configuration["Routing:Json"] is { Length: > 0 } json
            ? RoutingTable.Parse(json)
            : new RoutingTable([], configuration["Routing:Default"] is { Length: > 0 } channel ? channel : DefaultChannel);
    }

    public static SlaClock Sla(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hours = new ServiceHours(
            configuration["ServiceHours:TimeZone"] is { Length: > 0 } zone ? zone : ServiceHours.DefaultTimeZoneId,
            WeeklyHours.Parse(configuration["ServiceHours:Weekly"] is { Length: > 0 } weekly ? weekly : DefaultWeeklyHours),
            HolidayCalendar.Finland);
        return new SlaClock(new BusinessClock(hours), SlaPolicy.Default);
    }
}
