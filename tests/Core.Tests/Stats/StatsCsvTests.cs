using System.Globalization;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Stats;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Tests.Stats.StatsCases;

namespace SomeTeams.Core.Tests.Stats;

public sealed class StatsCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Field_QuotesOnlyWhatRfc4180Needs(string value, string expected) =>
        Assert.Equal(expected, StatsCsv.Field(value));

    [Fact]
    public void Write_OneRowPerFigure_CrlfAndInvariantNumbers()
    {
        var report = Report([Open(T0).Answer(T0 + Min(15)), Open(T0).Answer(T0 + TimeSpan.FromSeconds(1230)), Open(T0).Close(T0 + Min(2), CloseReason.Spam), Open(T0)]);
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
        try
        {
            var lines = StatsCsv.Write(report, includeAgents: false).Split("\r\n");

            Assert.Equal(StatsCsv.Header, lines[0]);
            Assert.Equal("", lines[^1]);
            Assert.Contains("period,from,2026-11-22T08:00:00Z,utc", lines);
            Assert.Contains("cases,total,4,count", lines);
            Assert.Contains("coverage,share,0.6667,ratio", lines);
            Assert.Contains("first_response,median,17.75,minutes", lines);
            Assert.Contains("first_response_vip,median,,minutes", lines);
            Assert.Contains("volume_network,x,4,count", lines);
            Assert.Contains("backlog,under_1h,0,count", lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("agent,", StringComparison.Ordinal));
            Assert.All(lines[..^1], l => Assert.Equal(4, l.Split(',').Length));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Write_WithAgents_AddsQuotedAgentRows()
    {
        var odd = new Actor("aad-x", "Virtanen, Liisa", ActorRoles.Agent);
        var report = Report([Open(T0).Answer(T0 + Min(5), odd), Open(T0).Answer(T0 + Min(5), People.Aino), Open(T0).Answer(T0 + Min(6), odd)]);

        var csv = StatsCsv.Write(report, includeAgents: true);

        Assert.EndsWith("agent,\"Virtanen, Liisa (aad-x)\",2,count\r\nagent,Aino Agent (aad-aino),1,count\r\n", csv, StringComparison.Ordinal);
    }
}
