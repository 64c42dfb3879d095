using SomeTeams.Core.Policies;

namespace SomeTeams.Core.Tests.Policies;

public sealed class WeeklyHoursTests
{
    [Fact]
    public void Parse_RangesListsAndSplitDays_GivesEveryInterval()
    {
        var intervals = WeeklyHours.Parse("mon-wed 08:00-11:30, 12:30-17:00\nThu,Sat 9:00-12:00 ; sun 00:00-24:00");

        Assert.Equal(9, intervals.Count);
        Assert.Contains(new OpeningInterval(DayOfWeek.Tuesday, new(12, 30), new(17, 0)), intervals);
        Assert.Contains(new OpeningInterval(DayOfWeek.Saturday, new(9, 0), new(12, 0)), intervals);
        Assert.True(Assert.Single(intervals, i => i.Day == DayOfWeek.Sunday).Overnight);
    }

    [Fact]
    public void Parse_RangeOverTheWeekend_WrapsFromSaturdayToMonday() =>
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday], WeeklyHours.Parse("sat-mon 10:00-14:00").Select(i => i.Day));

    [Fact]
    public void Parse_LateOpening_IsOvernight()
    {
        var late = Assert.Single(WeeklyHours.Parse("fri 22:00-02:00"));

        Assert.True(late.Overnight);
    }

    [Theory]
    [InlineData("monday 09:00-17:00", "'monday' is not a day")]
    [InlineData("mon-fri", "expected days and times")]
    [InlineData("mon 09:00", "not a time range")]
    [InlineData("mon 9-17", "not a time like 09:00")]
    [InlineData("mon 09:00-25:00", "not a time like 09:00")]
    public void Parse_BadEntry_SaysWhatIsWrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => WeeklyHours.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
