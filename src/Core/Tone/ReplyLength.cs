using System.Globalization;
using System.Text.RegularExpressions;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Tone;

/// <summary>
/// A reply's length as its network counts it. X weighs text (social-apis.md): a link is 23,
/// Latin, Greek, Cyrillic and common punctuation 1, everything else (CJK, emoji) 2. Other
/// networks count characters as a person sees them (grapheme clusters).
/// </summary>
public static partial class ReplyLength
{
    private const int XLinkLength = 23;

    public static int Measure(string text, Network network)
    {
        if (network != Network.X)
        {
            return new StringInfo(text).LengthInTextElements;
        }

        var length = 0;
        var at = 0;
        foreach (var link in Links().EnumerateMatches(text))
        {
            length += Weighted(text.AsSpan(at, link.Index - at)) + XLinkLength;
            at = link.Index + link.Length;
        }

        return length + Weighted(text.AsSpan(at));
    }

    public static bool HasLink(string text) => Links().IsMatch(text);

    private static int Weighted(ReadOnlySpan<char> text)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var element = StringInfo.GetNextTextElementLength(text[i..]);
            var codePoint = i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            length += codePoint is <= 4351 or (>= 8192 and <= 8205) or (>= 8208 and <= 8223) or (>= 8242 and <= 8247) ? 1 : 2;
            i += element;
        }

        return length;
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
