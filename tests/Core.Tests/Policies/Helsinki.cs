using System.Globalization;

namespace SomeTeams.Core.Tests.Policies;

/// <summary>Local Helsinki wall-clock times as UTC instants, so no test depends on the machine's zone.</summary>
internal static class Helsinki
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>"2026-11-20 16:45" in Helsinki; the time must be unambiguous there.</summary>
    public static DateTimeOffset At(string local)
    {
        var wall = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.False(Zone.IsInvalidTime(wall) || Zone.IsAmbiguousTime(wall), $"{local} is not a single instant in Helsinki");
        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall)).ToUniversalTime();
    }

    public static DateTimeOffset Utc(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
