using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class RoutingTableTests
{
    private static readonly RoutingTable Table = RoutingTable.Parse("""
        {
          "default": "care-general",
          "rules": [
            { "account": "kaistapankki", "topic": "billing", "channel": "bank-billing" },
            { "language": "sv", "channel": "care-svenska" },
            { "topic": "outage", "channel": "care-outages" }
          ]
        }
        """);

    private static TriageResult Result(string language, params Topic[] topics) =>
        new(language, Sentiment.Negative, topics[0], topics, [], false, Priority.Normal);

    [Fact]
    public void Route_AccountAndTopicMatch_SpecificChannel() =>
        Assert.Equal("bank-billing", Table.Route("kaistapankki", Result("sv", Topic.Billing)));

    [Fact]
    public void Route_FirstMatchingRuleWins_Language() =>
        Assert.Equal("care-svenska", Table.Route("nordlink", Result("sv", Topic.Outage)));

    [Fact]
    public void Route_SecondaryTopicMatches_TopicChannel() =>
        Assert.Equal("care-outages", Table.Route("nordlink", Result("fi", Topic.Login, Topic.Outage)));

    [Fact]
    public void Route_NothingMatches_Default() =>
        Assert.Equal("care-general", Table.Route("nordlink", Result("fi", Topic.Praise)));

    [Theory]
    [InlineData("""{ "rules": [] }""")]
    [InlineData("""{ "default": "x", "rules": [ { "topic": "billing" } ] }""")]
    [InlineData("""{ "default": "x", "rules": [ { "channel": "c", "topic": "weather" } ] }""")]
    public void Parse_BadTable_ClearFormatError(string json) => Assert.Throws<FormatException>(() => RoutingTable.Parse(json));
}
