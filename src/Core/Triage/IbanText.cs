using System.Collections.Frozen;

namespace SomeTeams.Core.Triage;

/// <summary>Reads an IBAN as people write it (groups of four, spaces or none) and returns how much of the text it spans.</summary>
internal static class IbanText
{
    // ISO 13616 lengths of the countries a Nordic care team meets most; others are tried at every length.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["FI"] = 18, ["SE"] = 24, ["NO"] = 15, ["DK"] = 18, ["EE"] = 20, ["DE"] = 22, ["GB"] = 22, ["FR"] = 27,
        ["ES"] = 24, ["NL"] = 18, ["BE"] = 16, ["IT"] = 27, ["AT"] = 20, ["CH"] = 21, ["PL"] = 28, ["LT"] = 20,
        ["LV"] = 21, ["IE"] = 22, ["PT"] = 25, ["LU"] = 20, ["IS"] = 26, ["AX"] = 18,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int Length(string text, int start)
    {
        Span<char> compact = stackalloc char[34];
        var n = 0;
        var country = text.Substring(start, 2).ToUpperInvariant();
        var expected = Lengths.GetValueOrDefault(country);
        var i = start;
        while (i < text.Length && n < 34)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[n++] = c;
                i++;
                var atBoundary = i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]);
                if (atBoundary && (expected == 0 ? n >= 15 : n == expected) && Checksums.IsIban(compact[..n]))
                {
                    return i - start;
                }

                if (expected != 0 && n >= expected)
                {
                    return 0;
                }
            }
            else if (c == ' ' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) && n > 0)
            {
                i++;
            }
            else
            {
                return 0;
            }
        }

        return 0;
    }
}
