namespace SomeTeams.Core.Policies;

/// <summary>Turns a wall-clock time in a zone into a UTC instant, deciding the two DST edge cases once.</summary>
internal static class LocalTime
{
    /// <summary>
    /// A local time in the spring-forward gap (Helsinki 03:00–04:00 on the last Sunday of March)
    /// never happens; it is read with the offset in force before the gap, so it lands as far past
    /// the gap as it was into it (03:30 → 04:30), the way a wall clock moved forward reads.
    /// A local time in the autumn overlap happens twice; the first occurrence is taken, so an
    /// opening at 03:30 on that night opens at the first 03:30, not an hour late.
    /// </summary>
    public static DateTimeOffset ToUtc(TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local - TimeSpan.FromDays(1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    public static DateTime ToLocal(TimeZoneInfo zone, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
