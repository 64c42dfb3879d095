namespace SomeTeams.Core.Tone;

/// <summary>The tone rules of one language: terms per kind (Text/TermPattern syntax) and a message per finding code.</summary>
public sealed record ToneLanguageRules(string Language, IReadOnlyDictionary<ToneTerm, IReadOnlyList<string>> Terms, IReadOnlyDictionary<string, string> Messages)
{
    public IReadOnlyList<string> TermsOf(ToneTerm kind) => Terms.TryGetValue(kind, out var list) ? list : [];

    /// <summary>These rules with <paramref name="extra"/>'s terms added and its messages preferred.</summary>
    public ToneLanguageRules Plus(ToneLanguageRules extra)
    {
        var terms = Terms.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (kind, more) in extra.Terms)
        {
            terms[kind] = terms.TryGetValue(kind, out var have) ? [.. have, .. more] : more;
        }

        var messages = Messages.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (code, text) in extra.Messages)
        {
            messages[code] = text;
        }

        return new ToneLanguageRules(Language, terms, messages);
    }
}
