using System.Globalization;

namespace SomeTeams.Core.Text;

internal enum PartKind
{
    Word,
    Stem,
    Infix,
    AnyToken,
}

internal readonly record struct TermPart(string Text, PartKind Kind)
{
    public bool Matches(ReadOnlySpan<char> token) => Kind switch
    {
        PartKind.Word => token.SequenceEqual(Text),
        PartKind.Stem => token.StartsWith(Text, StringComparison.Ordinal),
        PartKind.Infix => token.Contains(Text, StringComparison.Ordinal),
        _ => true,
    };
}

/// <summary>
/// One rule term as written in the rule files: words separated by spaces; "stem*" matches
/// any inflected form (Finnish "lasku*" finds laskun, laskussa, laskuni), "*part*" matches
/// inside a compound (puhelin*lasku*), "_" is any one word, and "^3" at the end weighs it.
/// </summary>
internal sealed record TermPattern(TermPart[] Parts, int Weight)
{
    public static TermPattern Parse(string term)
    {
        var text = term.Trim();
        var weight = 1;
        var caret = text.LastIndexOf('^');
        if (caret > 0)
        {
            if (!int.TryParse(text.AsSpan(caret + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out weight) || weight is < 1 or > 100)
            {
                throw new FormatException($"Rule term '{term}': the weight after '^' must be a whole number 1–100.");
            }

            text = text[..caret];
        }

        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => ParsePart(p, term))
            .ToArray();
        if (parts.Length == 0 || parts[0].Kind == PartKind.AnyToken)
        {
            throw new FormatException($"Rule term '{term}' must start with a word.");
        }

        return new TermPattern(parts, weight);
    }

    private static TermPart ParsePart(string part, string term)
    {
        if (part == "_")
        {
            return new TermPart("", PartKind.AnyToken);
        }

        var infix = part.Length > 2 && part[0] == '*' && part[^1] == '*';
        var stem = !infix && part[^1] == '*';
        var core = Normalize(part.Trim('*'));
        if (core.Length == 0 || core.Contains('*', StringComparison.Ordinal))
        {
            throw new FormatException($"Rule term '{term}': '*' may only end a word or surround it.");
        }

        return new TermPart(core, infix ? PartKind.Infix : stem ? PartKind.Stem : PartKind.Word);
    }

    // The same folding the tokenizer applies to text, so "❤️" in a file matches "❤" in a mention.
    internal static string Normalize(string s) =>
        s.Replace("\uFE0F", "", StringComparison.Ordinal).Replace('’', '\'').ToLowerInvariant();
}
