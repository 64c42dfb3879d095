using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("Korttini 4111 1111 1111 1111 veloitettiin", PersonalDataKind.Card, "4111 1111 1111 1111")]
    [InlineData("card 5555-5555-5555-4444, twice", PersonalDataKind.Card, "5555-5555-5555-4444")]
    [InlineData("nro 4111111111111111 2 kertaa", PersonalDataKind.Card, "4111111111111111")]
    [InlineData("tilille FI21 1234 5600 0007 85 ei tullut", PersonalDataKind.Iban, "FI21 1234 5600 0007 85")]
    [InlineData("IBAN: GB82WEST12345698765432.", PersonalDataKind.Iban, "GB82WEST12345698765432")]
    [InlineData("hetuni 131052-308T, tarkistakaa", PersonalDataKind.Hetu, "131052-308T")]
    [InlineData("soita 040 123 4567 kiitos", PersonalDataKind.Phone, "040 123 4567")]
    [InlineData("call me on +358 50 987 6543, today", PersonalDataKind.Phone, "+358 50 987 6543")]
    [InlineData("numero 0401234567", PersonalDataKind.Phone, "0401234567")]
    [InlineData("ring 09 123 4567", PersonalDataKind.Phone, "09 123 4567")]
    [InlineData("ring +46 70 123 45 67", PersonalDataKind.Phone, "+46 70 123 45 67")]
    [InlineData("mailaa matti.virtanen@example.com jos", PersonalDataKind.Email, "matti.virtanen@example.com")]
    public void Find_ValidItem_FoundWithItsSpan(string text, PersonalDataKind kind, string value)
    {
        var found = Assert.Single(PersonalDataDetector.Find(text));
        Assert.Equal(kind, found.Kind);
        Assert.Equal(value, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("kortti 4111 1111 1111 1112 hylättiin")]
    [InlineData("tili FI21 1234 5600 0007 86")]
    [InlineData("hetu 131052-308U")]
    [InlineData("@Nordlink jonossa 55 minuuttia ja 40 min lisää")]
    [InlineData("Laskussa 49,90 € ja tilaus #88231, virhekoodi 503")]
    [InlineData("juna 2 tuntia myöhässä, 2024-11-05 klo 12.30")]
    [InlineData("my order 123456789012 never came")]
    [InlineData("@Kaistapankki and @someone.else")]
    public void Find_ShapeWithoutValidity_Nothing(string text) => Assert.Empty(PersonalDataDetector.Find(text));

    [Fact]
    public void Find_SeveralKinds_EachOnceInTextOrder()
    {
        var text = "Hetu 131052-308T, tili FI49 5000 9420 0287 30, puh +358 40 123 4567, posti a.b@example.fi";
        var kinds = PersonalDataDetector.Find(text).Select(f => f.Kind);
        Assert.Equal([PersonalDataKind.Hetu, PersonalDataKind.Iban, PersonalDataKind.Phone, PersonalDataKind.Email], kinds);
    }
}
