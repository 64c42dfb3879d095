using Microsoft.Extensions.Time.Testing;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Teams.Tests.Graph;

public sealed class GraphCallTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("7", 7.0)]
    [InlineData(" 120 ", 120.0)]
    [InlineData("Mon, 23 Nov 2026 08:01:00 GMT", 60.0)]
    [InlineData("Mon, 23 Nov 2026 07:59:00 GMT", 0.0)]
    [InlineData("soon", null)]
    [InlineData("-5", null)]
    [InlineData("", null)]
    public void RetryAfter_SecondsOrHttpDate_ElseNone(string header, double? seconds)
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["retry-after"] = [header] };

        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, GraphCall.RetryAfter(headers, Time));
    }

    [Fact]
    public void RetryAfter_NoHeader_None() =>
        Assert.Null(GraphCall.RetryAfter(new Dictionary<string, IEnumerable<string>>(), Time));
}
