using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class ChecksumsTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    public void IsCardNumber_ValidLuhn_True(string digits) => Assert.True(Checksums.IsCardNumber(digits));

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("5555555555554445")]
    [InlineData("411111111111")]
    [InlineData("41111111111111111111")]
    public void IsCardNumber_BadCheckDigitOrLength_False(string digits) => Assert.False(Checksums.IsCardNumber(digits));

    [Theory]
    [InlineData("FI2112345600000785")]
    [InlineData("FI4950009420028730")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("DE89370400440532013000")]
    [InlineData("fi2112345600000785")]
    public void IsIban_Mod97Holds_True(string iban) => Assert.True(Checksums.IsIban(iban));

    [Theory]
    [InlineData("FI2112345600000786")]
    [InlineData("FI1212345600000785")]
    [InlineData("GB82WEST12345698765433")]
    [InlineData("1234567890123456")]
    public void IsIban_Mod97Fails_False(string iban) => Assert.False(Checksums.IsIban(iban));

    [Theory]
    [InlineData("131052-308T")]
    [InlineData("010190-123M")]
    [InlineData("311299-999E")]
    [InlineData("290200A345E")]
    public void IsHetu_CheckCharacterAndDateHold_True(string code) => Assert.True(Checksums.IsHetu(code));

    [Theory]
    [InlineData("131052-308U")]
    [InlineData("010190-123A")]
    [InlineData("290200-345E")]
    [InlineData("320190-123M")]
    [InlineData("010190Z123M")]
    [InlineData("010190-001X")]
    public void IsHetu_BadCheckDateOrSign_False(string code) => Assert.False(Checksums.IsHetu(code));
}
