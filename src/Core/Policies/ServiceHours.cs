namespace SomeTeams.Core.Policies;

/// <summary>
/// When a team answers: weekly openings in its own time zone, minus its holidays. Everything it
/// returns is UTC; local time is used only to lay the week onto real days, so a day with a DST
/// change is an hour shorter or longer, as the people working it experience.
/// </summary>
public sealed class ServiceHours
{
    public const string DefaultTimeZoneId = "Europe/Helsinki";

    public ServiceHours(string timeZoneId, IEnumerable<OpeningInterval> weekly, HolidayCalendar holidays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        ArgumentNullException.ThrowIfNull(weekly);
        ArgumentNullException.ThrowIfNull(holidays);
        TimeZoneId = timeZoneId;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        Weekly = [.. weekly.OrderBy(i => i.Day).ThenBy(i => i.Opens)];
        if (Weekly.Count == 0)
        {
            throw new ArgumentException("Service hours need at least one opening a week.", nameof(weekly));
        }
        Holidays = holidays;
    }

    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<OpeningInterval> Weekly { get; }

    public HolidayCalendar Holidays { get; }

    /// <summary>Mon–Fri 9–17 in Helsinki with Finnish holidays: what a team gets before an admin sets anything.</summary>
    public static ServiceHours Default { get; } = new(
        DefaultTimeZoneId, OpeningInterval.Weekdays(new(9, 0), new(17, 0)), HolidayCalendar.Finland);

    /// <summary>Open periods that end after <paramref name="from"/>, the first one cut to start there, merged where they touch.</summary>
    public IEnumerable<OpenPeriod> OpenPeriodsFrom(DateTimeOffset from) => OpenPeriods.From(this, from.ToUniversalTime());

    public bool IsOpen(DateTimeOffset instant) => OpenPeriodsFrom(instant).First().Start == instant.ToUniversalTime();

    /// <summary>The instant itself when open, otherwise the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => OpenPeriodsFrom(instant).First().Start;
}
