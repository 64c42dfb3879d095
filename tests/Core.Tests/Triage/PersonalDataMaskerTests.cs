using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("Kortti 4111 1111 1111 1111 tänään", "Kortti **** **** **** 1111 tänään")]
    [InlineData("IBAN FI21 1234 5600 0007 85", "IBAN FI** **** **** **07 85")]
    [InlineData("hetu 010190-123M.", "hetu 010190-****.")]
    [InlineData("puh. 040 123 4567", "puh. 040 *** **67")]
    [InlineData("call +358 50 987 6543", "call +358 ** *** **43")]
    [InlineData("mail matti.virtanen@example.com", "mail m***@example.com")]
    [InlineData("ei mitään henkilötietoa 503", "ei mitään henkilötietoa 503")]
    public void Mask_PersonalData_ShowsOnlyRecognisableEnds(string text, string masked) => Assert.Equal(masked, PersonalDataMasker.Mask(text));

    [Fact]
    public void Redact_EveryKind_ReplacedByItsName()
    {
        var redacted = PersonalDataMasker.Redact("4111 1111 1111 1111 / FI21 1234 5600 0007 85 / 131052-308T / 040 123 4567 / a@b.fi");
        Assert.Equal("[card] / [iban] / [hetu] / [phone] / [email]", redacted);
    }
}
