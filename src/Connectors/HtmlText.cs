using System.Net;
using System.Text.RegularExpressions;

namespace SomeTeams.Connectors;

/// <summary>
/// Turns the HTML some networks return (Mastodon content, feed entries) into the plain text
/// the common mention carries (social-apis.md §1.1): block ends become line breaks, tags go,
/// entities are decoded.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return ExtraBreaks().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBreaks();
}
