using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class DueTimeTextTests
{
    [Theory]
    [InlineData("fi-FI", "ti 24.11. klo 9.15")]
    [InlineData("fi", "ti 24.11. klo 9.15")]
    [InlineData("sv-FI", "tis 24.11. kl. 09:15")]
    [InlineData("sv-SE", "tis 24.11. kl. 09:15")]
    [InlineData("en", "Tue 24 Nov 09:15")]
    [InlineData("en-GB", "Tue 24 Nov 09:15")]
    [InlineData("de-DE", "Tue 24 Nov 09:15")]
    [InlineData(null, "Tue 24 Nov 09:15")]
    public void Absolute_HelsinkiViewer_InTheirLanguage(string? locale, string expected) =>
        Assert.Equal(expected, DueTimeText.Absolute(At("2026-11-24 09:15"), Zone, locale));

    [Theory]
    [InlineData("Europe/Stockholm", "Tue 24 Nov 08:15")]
    [InlineData("UTC", "Tue 24 Nov 07:15")]
    [InlineData("America/New_York", "Tue 24 Nov 02:15")]
    [InlineData("Asia/Tokyo", "Tue 24 Nov 16:15")]
    public void Absolute_ViewerElsewhere_ShowsTheirWallClock(string zone, string expected) =>
        Assert.Equal(expected, DueTimeText.Absolute(At("2026-11-24 09:15"), TimeZoneInfo.FindSystemTimeZoneById(zone), "en"));

    [Fact]
    public void Absolute_ViewerBehindUtc_ShowsTheirPreviousDay() =>
        Assert.Equal("ma 23.11. klo 22.00", DueTimeText.Absolute(Utc("2026-11-24 03:00"), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), "fi"));

    [Fact]
    public void Absolute_SummerTime_UsesTheSummerOffset()
    {
        Assert.Equal("ma 1.6. klo 9.05", DueTimeText.Absolute(Utc("2026-06-01 06:05"), Zone, "fi-FI"));
        Assert.Equal("mån 1.6. kl. 09:05", DueTimeText.Absolute(Utc("2026-06-01 06:05"), Zone, "sv-FI"));
    }

    [Theory]
    [InlineData(45, "en", "in 45 min")]
    [InlineData(45, "fi-FI", "45 min kuluttua")]
    [InlineData(45, "sv-FI", "om 45 min")]
    [InlineData(-45, "en", "45 min ago")]
    [InlineData(-45, "fi-FI", "45 min sitten")]
    [InlineData(-45, "sv-FI", "för 45 min sedan")]
    [InlineData(90, "en", "in 1 h 30 min")]
    [InlineData(120, "fi", "2 h kuluttua")]
    [InlineData((3 * 24 * 60) + 125, "en", "in 3 d 2 h")]
    [InlineData((3 * 24 * 60) + 125, "fi", "3 pv 2 h kuluttua")]
    [InlineData(-(2 * 24 * 60), "sv", "för 2 d sedan")]
    public void Relative_Minutes_ReadsNaturally(int minutes, string locale, string expected)
    {
        var time = new FakeTimeProvider(At("2026-11-24 09:00"));
        var due = time.GetUtcNow().AddMinutes(minutes);

        Assert.Equal(expected, DueTimeText.Relative(due, time.GetUtcNow(), locale));
    }

    [Theory]
    [InlineData("en", "now")]
    [InlineData("fi-FI", "nyt")]
    [InlineData("sv-FI", "nu")]
    public void Relative_UnderHalfAMinute_IsNow(string locale, string expected) =>
        Assert.Equal(expected, DueTimeText.Relative(At("2026-11-24 09:00").AddSeconds(20), At("2026-11-24 09:00"), locale));

    [Fact]
    public void Relative_FakeClockTicking_CountsDownAndOver()
    {
        var due = At("2026-11-24 10:00");
        var time = new FakeTimeProvider(At("2026-11-24 09:15"));

        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("in 44 min", DueTimeText.Relative(due, time.GetUtcNow(), "en"));
        time.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal("1 min sitten", DueTimeText.Relative(due, time.GetUtcNow(), "fi"));
    }
}
