using SomeTeams.Core.Policies;

namespace SomeTeams.Core.Tests.Policies;

public sealed class CalendarOverridesTests
{
    [Fact]
    public void Parse_CommentsBlankLinesNamesAndCrLf_ReadsEveryDay()
    {
        var text = "# closures for 2026\r\n\r\n2026-12-31 Uudenvuodenaatto  # half the team away\r\n2026-11-27\r\nopen 2026-06-19 midsummer cover\r\n";

        var overrides = CalendarOverrides.Parse(text);

        Assert.Equal([new Holiday(new DateOnly(2026, 12, 31), "Uudenvuodenaatto"), new Holiday(new DateOnly(2026, 11, 27), "Suljettu")], overrides.Closed);
        Assert.Equal([new DateOnly(2026, 6, 19)], overrides.Open);
    }

    [Theory]
    [InlineData("2026-13-01", 1)]
    [InlineData("2026-12-31\n31.12.2026", 2)]
    [InlineData("# ok\nopen\n", 2)]
    [InlineData("tomorrow", 1)]
    public void Parse_BadLine_ThrowsNamingTheLine(string text, int line)
    {
        var error = Assert.Throws<FormatException>(() => CalendarOverrides.Parse(text));

        Assert.StartsWith($"Calendar line {line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DayBothClosedAndOpened_IsOpen()
    {
        var calendar = HolidayCalendar.None.With(CalendarOverrides.Parse("2026-12-31\nopen 2026-12-31"));

        Assert.False(calendar.IsClosed(new DateOnly(2026, 12, 31)));
    }
}
