using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class TriagerTests
{
    [Theory]
    [InlineData("Mobiilidata ei toimi ollenkaan Oulussa, mikä on tilanne?", "fi")]
    [InlineData("Tack för hjälpen igår, ni är bäst!", "sv")]
    [InlineData("Appen kraschar varje gång jag försöker logga in", "sv")]
    [InlineData("Still waiting for a reply to my email from last week", "en")]
    [InlineData("Danke für nichts, der Service ist eine Katastrophe", "other")]
    [InlineData("👍", "other")]
    public void Triage_Language_Detected(string text, string language) =>
        Assert.Equal(language, Triager.Default.Triage(text, Network.X).Language);

    [Theory]
    [InlineData("Sähkökatko koko kaupunginosassa, milloin korjaatte?", Topic.Outage, Sentiment.Negative)]
    [InlineData("Salasanan vaihto ei onnistu, koodi ei tule tekstiviestinä", Topic.Login, Sentiment.Negative)]
    [InlineData("Min faktura är fel, ni har debiterat mig två gånger", Topic.Billing, Sentiment.Negative)]
    [InlineData("I want to cancel my contract, who do I talk to?", Topic.Cancellation, Sentiment.Neutral)]
    [InlineData("Kiitos todella hyvästä palvelusta, olette ihania!", Topic.Praise, Sentiment.Positive)]
    [InlineData("Te ootte ihan pellejä, painukaa helvettiin", Topic.Abuse, Sentiment.Negative)]
    [InlineData("Is the 5G network available in Turku?", Topic.ProductQuestion, Sentiment.Neutral)]
    [InlineData("Meidän taloyhtiön kuitu on ollut poikki eilisestä asti", Topic.Outage, Sentiment.Negative)]
    [InlineData("En ole saanut vastausta sähköpostiini kahteen viikkoon", Topic.WaitingTime, Sentiment.Negative)]
    [InlineData("Kiitti vaan taas, kolmas katko tällä viikolla 🙄", Topic.Outage, Sentiment.Negative)]
    [InlineData("Hela appen är nere, ingen kan betala", Topic.Outage, Sentiment.Negative)]
    [InlineData("Tåget var i tid idag, bra jobbat!", Topic.Praise, Sentiment.Positive)]
    [InlineData("The app logs me out every five minutes", Topic.Login, Sentiment.Negative)]
    [InlineData("Delivery was fast and the driver was super friendly", Topic.Delivery, Sentiment.Positive)]
    public void Triage_TopicAndMood_Classified(string text, Topic topic, Sentiment sentiment)
    {
        var result = Triager.Default.Triage(text, Network.Facebook);
        Assert.Equal(topic, result.Topic);
        Assert.Equal(sentiment, result.Sentiment);
        Assert.Equal(topic, result.Topics[0]);
    }

    [Theory]
    [InlineData("My son was hurt by the faulty charger you sold, this is dangerous", SensitiveReasons.Health | SensitiveReasons.Safety)]
    [InlineData("Jos tätä ei korjata, otan yhteyttä lakimieheen", SensitiveReasons.Legal)]
    [InlineData("Soita 040 123 4567", SensitiveReasons.PersonalData)]
    [InlineData("Varför har jag fått en faktura på 89 euro?", SensitiveReasons.Billing)]
    public void Analyse_SensitiveText_ReasonsNamed(string text, SensitiveReasons reasons)
    {
        var analysis = Triager.Default.Analyse(text, Network.Facebook);
        Assert.True(analysis.Result.Sensitive);
        Assert.Equal(reasons, analysis.Reasons & reasons);
    }

    [Fact]
    public void Triage_PraiseFromUnknownAuthor_Low()
    {
        Assert.Equal(Priority.Low, Triager.Default.Triage("Kiitos, mahtava palvelu!", Network.Instagram).Priority);
    }

    [Fact]
    public void Triage_OutageFromWideReachWaitingLong_Urgent()
    {
        var result = Triager.Default.Triage("Netti ei toimi taas!", Network.X, followers: 250_000, age: TimeSpan.FromHours(5));
        Assert.Equal(Priority.Urgent, result.Priority);
    }

    [Fact]
    public void Triage_Mention_UsesFollowersAndAge()
    {
        var created = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var mention = new Mention(Network.X, "acc", "1", MentionKind.Post, "1", null, new Author("a", "a", "A", Followers: 50_000), "Laskuni on väärin", created, false);
        var fresh = Triager.Default.Triage(mention, created);
        var late = Triager.Default.Triage(mention, created.AddHours(5));
        Assert.True(late.Priority > fresh.Priority);
    }

    [Fact]
    public void Triage_BrandRulesAdded_NewTermCounts()
    {
        const string brand = """{ "language": "fi", "topics": { "outage": ["junavuoro*^3"] } }""";
        var triager = new Triager(TriageRules.Default.Plus(TriageRules.Parse(brand)));
        Assert.Equal(Topic.Other, Triager.Default.Triage("Junavuoro jäi ajamatta tänään", Network.X).Topic);
        Assert.Equal(Topic.Outage, triager.Triage("Junavuoro jäi ajamatta tänään", Network.X).Topic);
    }

    [Theory]
    [InlineData("""{ "topics": {} }""")]
    [InlineData("""{ "language": "fi", "topics": { "weather": ["sade"] } }""")]
    [InlineData("""{ "language": "fi", "positive": ["hyvä^x"] }""")]
    [InlineData("""{ "language": "fi", "positive": [3] }""")]
    [InlineData("not json")]
    public void Parse_BadRules_ClearFormatError(string json) => Assert.Throws<FormatException>(() => new Triager(TriageRules.Parse(json)));

    [Fact]
    public void Triage_LongPost_TriagedWithoutLimitTrouble()
    {
        var text = string.Concat(Enumerable.Repeat("Netti ei toimi ja lasku on väärin. ", 400)) + "Soita 040 123 4567";
        var result = Triager.Default.Triage(text, Network.Facebook);
        Assert.Equal("fi", result.Language);
        Assert.Contains(PersonalDataKind.Phone, result.PersonalData);
    }

    [Fact]
    public void Triage_EmptyText_OtherAndLow()
    {
        var result = Triager.Default.Triage("", Network.X);
        Assert.Equal(("other", Topic.Other, Sentiment.Neutral, Priority.Low), (result.Language, result.Topic, result.Sentiment, result.Priority));
    }
}
