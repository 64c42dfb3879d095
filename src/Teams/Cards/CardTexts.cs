using System.Collections.Frozen;
using System.Globalization;

namespace SomeTeams.Teams.Cards;

/// <summary>The card texts of one language (CardTexts.Fi.cs, .Sv.cs, .En.cs hold the tables).</summary>
public sealed partial class CardTexts
{
    private readonly FrozenDictionary<string, string> texts;

    private CardTexts(CardLanguage language, Dictionary<string, string> texts)
    {
        Language = language;
        this.texts = texts.Concat(HealthTexts(language)).Concat(DigestTexts(language)).Concat(ConnectorTexts(language)).Concat(HandoverTexts(language))
            .Concat(CrisisTexts(language)).Concat(SuggestTexts(language)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public CardLanguage Language { get; }

    public IEnumerable<string> Keys => texts.Keys;

    /// <summary>A missing key is a bug the key-completeness test catches, so it throws.</summary>
    public string this[string key] => texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"No {Language} card text for '{key}'.");

    public bool Has(string key) => texts.ContainsKey(key);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public string Name<T>(T value)
        where T : struct, Enum => this[CardText.Of(value)];

    public static CardTexts For(CardLanguage language) => language switch
    {
        CardLanguage.Fi => Fi,
        CardLanguage.Sv => Sv,
        _ => En,
    };

    public static IReadOnlyList<CardTexts> All => [En, Fi, Sv];
}
