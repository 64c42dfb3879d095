using SomeTeams.Functions.Hosting;

namespace SomeTeams.Functions.Tests.Hosting;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("0 */1 * * * *", "2026-11-23T10:01:00Z")]
    [InlineData("*/15 * * * * *", "2026-11-23T10:00:45Z")]
    [InlineData("0 0 * * * *", "2026-11-23T11:00:00Z")]
    [InlineData("0 30 9 * * 1-5", "2026-11-24T09:30:00Z")]
    [InlineData("0 0 6 * * 0", "2026-11-29T06:00:00Z")]
    [InlineData("0 0 6 * * 7", "2026-11-29T06:00:00Z")]
    [InlineData("0 0 0 1 1 *", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 8,16 * * *", "2026-11-23T16:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2028-02-29T00:00:00Z")]
    public void NextAfter_Schedule_GivesTheNextOccurrence(string expression, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CronSchedule.Parse(expression).NextAfter(Monday));
    }

    [Fact]
    public void NextAfter_ExactlyOnAnOccurrence_GivesTheFollowingOne()
    {
        var everyMinute = CronSchedule.Parse("0 * * * * *");
        var first = everyMinute.NextAfter(Monday);

        Assert.Equal(first.AddMinutes(1), everyMinute.NextAfter(first));
    }

    [Theory]
    [InlineData("* * * * *")]
    [InlineData("60 * * * * *")]
    [InlineData("0 0 25 * * *")]
    [InlineData("0 0 0 0 * *")]
    [InlineData("0 */0 * * * *")]
    [InlineData("0 5-1 * * * *")]
    [InlineData("x * * * * *")]
    public void Parse_InvalidExpression_ThrowsWithTheExpression(string expression)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }
}
