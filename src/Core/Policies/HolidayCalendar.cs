using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SomeTeams.Core.Policies;

/// <summary>
/// The days a team is closed: holidays computed per year by a rule (Finnish ones by default),
/// plus closures the host adds and rule holidays it re-opens (a team that works on Epiphany).
/// Years are computed once and kept, so the clock can ask about every day it walks past.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Func<int, IReadOnlyList<Holiday>> _rule;
    private readonly FrozenDictionary<DateOnly, Holiday> _extraClosed;
    private readonly FrozenSet<DateOnly> _reopened;
    private readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, Holiday>> _years = new();

    public HolidayCalendar(Func<int, IReadOnlyList<Holiday>> rule, CalendarOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rule = rule;
        overrides ??= CalendarOverrides.Empty;
        _extraClosed = ByDate(overrides.Closed);
        _reopened = overrides.Open.ToFrozenSet();
    }

    public static HolidayCalendar Finland { get; } = new(FinnishHolidays.For);

    public static HolidayCalendar None { get; } = new(_ => []);

    public HolidayCalendar With(CalendarOverrides overrides) => new(_rule, overrides);

    public bool IsClosed(DateOnly date) => HolidayOn(date) is not null;

    public Holiday? HolidayOn(DateOnly date)
    {
        if (_reopened.Contains(date))
        {
            return null;
        }
        if (_extraClosed.TryGetValue(date, out var extra))
        {
            return extra;
        }
        var year = _years.GetOrAdd(date.Year, y => ByDate(_rule(y)));
        return year.GetValueOrDefault(date);
    }

    // Two holidays can share a day (Ascension fell on May Day in 2008); the first name wins.
    private static FrozenDictionary<DateOnly, Holiday> ByDate(IEnumerable<Holiday> days) =>
        days.GroupBy(h => h.Date).ToFrozenDictionary(g => g.Key, g => g.First());

    /// <summary>Closed days between two dates inclusive, in date order: what the admin page lists.</summary>
    public IReadOnlyList<Holiday> Between(DateOnly first, DateOnly last)
    {
        var days = new List<Holiday>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (HolidayOn(d) is { } h)
            {
                days.Add(h);
            }
        }
        return days;
    }
}
