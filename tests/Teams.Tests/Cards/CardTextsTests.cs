using System.Globalization;
using System.Reflection;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Teams.Tests.Cards;

public sealed class CardTextsTests
{
    private static readonly string[] Constants = [.. typeof(CardText).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    private static IEnumerable<string> EnumKeys() =>
        Keys<Network>().Concat(Keys<MentionKind>()).Concat(Keys<Sentiment>()).Concat(Keys<Topic>()).Concat(Keys<Priority>())
            .Concat(Keys<CaseState>()).Concat(Keys<CloseReason>()).Concat(Keys<SocialActionKind>()).Concat(Keys<FindingSeverity>()).Concat(Keys<RefusalCode>());

    private static IEnumerable<string> Keys<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(CardText.Of);

    [Fact]
    public void EveryLanguage_HasTheSameKeys()
    {
        var en = CardTexts.For(CardLanguage.En).Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(en, CardTexts.For(CardLanguage.Fi).Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(en, CardTexts.For(CardLanguage.Sv).Keys.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void EveryLanguage_HasEveryConstantAndEveryEnumValue()
    {
        var missing = CardTexts.All
            .SelectMany(t => Constants.Concat(EnumKeys()).Where(k => !t.Has(k)).Select(k => $"{t.Language}: {k}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryText_HasTheSamePlaceholdersInEveryLanguage()
    {
        var en = CardTexts.For(CardLanguage.En);
        var differing = en.Keys
            .Where(k => k is not (CardText.TimeFormat or CardText.DateTimeFormat))
            .Where(k => CardTexts.All.Select(t => Placeholders(t[k])).Distinct().Count() > 1)
            .ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void TimeFormats_FormatInEveryLanguage()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero);

        Assert.Equal(["09:05", "klo 9.05", "kl. 9.05"], CardTexts.All.Select(t => at.ToString(t[CardText.TimeFormat], CultureInfo.InvariantCulture)));
        Assert.Equal(["23 Nov 09:05", "23.11. klo 9.05", "23.11. kl. 9.05"], CardTexts.All.Select(t => at.ToString(t[CardText.DateTimeFormat], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("en-US", "Claimed by Aino Agent")]
    [InlineData("fi-FI", "Aino Agent on jo ottanut tämän")]
    [InlineData("sv-FI", "Aino Agent har redan tagit den")]
    public void RefusalText_ClaimedByOtherWithWho_NamesThePerson(string locale, string expected)
    {
        var text = CaseCard.RefusalText(CardTexts.For(CardLanguages.FromLocale(locale)), new Refusal(RefusalCode.ClaimedByOther, "Aino Agent"));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void RefusalText_WhoOnACodeWithoutAName_UsesThePlainText()
    {
        var texts = CardTexts.For(CardLanguage.En);

        Assert.Equal("You already have this case.", CaseCard.RefusalText(texts, new Refusal(RefusalCode.AlreadyYours, "Aino Agent")));
        Assert.Equal("Someone else has this case.", CaseCard.RefusalText(texts, new Refusal(RefusalCode.ClaimedByOther)));
    }

    [Theory]
    [InlineData("fi-FI", CardLanguage.Fi)]
    [InlineData("fi", CardLanguage.Fi)]
    [InlineData("sv-FI", CardLanguage.Sv)]
    [InlineData("sv_SE", CardLanguage.Sv)]
    [InlineData("en-US", CardLanguage.En)]
    [InlineData("de-DE", CardLanguage.En)]
    [InlineData("", CardLanguage.En)]
    [InlineData(null, CardLanguage.En)]
    public void FromLocale_AnyLocale_PicksFinnishSwedishOrEnglish(string? locale, CardLanguage expected) =>
        Assert.Equal(expected, CardLanguages.FromLocale(locale));

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
