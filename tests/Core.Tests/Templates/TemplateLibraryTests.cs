using SomeTeams.Core.Mentions;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Templates;

public sealed class TemplateLibraryTests
{
    [Fact]
    public void For_OutageOnX_TopicAndNetworkFirstThenTopicThenAny()
    {
        var ids = TemplateFixtures.Library.For("nordlink", "fi", Network.X, Topic.Outage).Select(t => t.Id);
        Assert.Equal(["fi-outage-x", "fi-outage", "fi-any"], ids);
    }

    [Fact]
    public void For_OtherBrandLanguageOrTopic_OnlyWhatFits()
    {
        var library = TemplateFixtures.Library;
        Assert.Equal(["sv-outage"], library.For("nordlink", "sv", Network.Facebook, Topic.Outage).Select(t => t.Id));
        Assert.Equal(["fi-any"], library.For("nordlink", "fi", Network.X, Topic.Billing).Select(t => t.Id));
        Assert.Empty(library.For("nordlink", "en", Network.X, Topic.Outage));
    }

    [Fact]
    public void Render_Variables_Filled()
    {
        var text = new TemplateValues("@maija", "Jenni", "C-1042").Render("Hei {author}! {case} /{agent}");
        Assert.Equal("Hei @maija! C-1042 /Jenni", text);
    }

    [Theory]
    [InlineData("""{ "templates": [ { "id": "a", "brand": "b", "language": "fi", "name": "n", "text": "Hei {asiakas}" } ] }""")]
    [InlineData("""{ "templates": [ { "id": "a", "brand": "b", "language": "fi", "name": "n", "text": "t", "network": "myspace" } ] }""")]
    [InlineData("""{ "templates": [ { "id": "a", "brand": "b", "language": "fi", "name": "n", "text": "t", "topics": ["weather"] } ] }""")]
    [InlineData("""{ "templates": [ { "id": "a", "brand": "b", "language": "fi", "name": "n" } ] }""")]
    [InlineData("""{ "templates": [ { "id": "a", "brand": "b", "language": "fi", "name": "n", "text": "t" }, { "id": "a", "brand": "b", "language": "fi", "name": "m", "text": "u" } ] }""")]
    [InlineData("""{ "nothing": [] }""")]
    public void Parse_BadTemplate_ClearFormatError(string json) => Assert.Throws<FormatException>(() => TemplateLibrary.Parse(json));
}
