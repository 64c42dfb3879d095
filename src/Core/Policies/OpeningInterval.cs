namespace SomeTeams.Core.Policies;

/// <summary>
/// One opening of a weekday in the team's local time. <see cref="Closes"/> at or before
/// <see cref="Opens"/> means the interval runs past midnight into the next day, so 22:00–02:00
/// is an evening shift and 00:00–00:00 is the whole day.
/// </summary>
public sealed record OpeningInterval(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public bool Overnight => Closes <= Opens;

    /// <summary>How long after the day's midnight the interval closes (up to 48 h for overnight ones).</summary>
    internal TimeSpan ClosesAfterMidnight =>
        Overnight ? Closes.ToTimeSpan() + TimeSpan.FromDays(1) : Closes.ToTimeSpan();

    public static IEnumerable<OpeningInterval> Weekdays(TimeOnly opens, TimeOnly closes) =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningInterval(d, opens, closes));

    public static IEnumerable<OpeningInterval> EveryDay(TimeOnly opens, TimeOnly closes) =>
        Enum.GetValues<DayOfWeek>().Select(d => new OpeningInterval(d, opens, closes));
}
