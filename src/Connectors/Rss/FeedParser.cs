using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace SomeTeams.Connectors.Rss;

/// <summary>
/// Reads Atom 1.0 (<c>entry/id/link/published|updated/summary|content</c>) and RSS 2.0
/// (<c>item/guid/link/pubDate/description</c>) feeds (social-apis.md §8.4). DTDs are refused:
/// a feed is untrusted input.
/// </summary>
internal static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly Dictionary<string, string> NamedZones = new(StringComparer.Ordinal)
    {
        ["GMT"] = "+00:00", ["UTC"] = "+00:00", ["UT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>The entries, or null when the document is not a well-formed Atom or RSS feed.</summary>
    public static IReadOnlyList<FeedEntry>? Parse(string xml)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = document.Root;
        if (root?.Name == Atom + "feed")
        {
            var feedLang = Lang(root);
            return [.. root.Elements(Atom + "entry").Select(e => new FeedEntry(
                Text(e.Element(Atom + "id")),
                (e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? e.Element(Atom + "link"))?.Attribute("href")?.Value,
                Text(e.Element(Atom + "title")),
                Text(e.Element(Atom + "content")) ?? Text(e.Element(Atom + "summary")),
                Text(e.Element(Atom + "author")?.Element(Atom + "name")),
                Date(Text(e.Element(Atom + "published")) ?? Text(e.Element(Atom + "updated"))),
                Lang(e) ?? feedLang))];
        }

        if (root?.Name == "rss" && root.Element("channel") is { } channel)
        {
            var feedLang = Text(channel.Element("language"));
            return [.. channel.Elements("item").Select(i => new FeedEntry(
                Text(i.Element("guid")) ?? Text(i.Element("link")),
                Text(i.Element("link")),
                Text(i.Element("title")),
                Text(i.Element("description")),
                Text(i.Element("author")) ?? Text(i.Element(XName.Get("creator", "http://purl.org/dc/elements/1.1/"))),
                Date(Text(i.Element("pubDate"))),
                feedLang))];
        }

        return null;
    }

    private static string? Text(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? Lang(XElement element) => element.Attribute(XNamespace.Xml + "lang")?.Value is { Length: > 0 } lang ? lang : null;

    /// <summary>RFC 3339 (Atom) or RFC 822 (RSS), including the named zones RSS still uses.</summary>
    private static DateTimeOffset? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalised = Rfc822Zone().Replace(text.Trim(), m => " " + (m.Groups["name"].Success
            ? NamedZones[m.Groups["name"].Value]
            : $"{m.Groups["sign"].Value}{m.Groups["h"].Value}:{m.Groups["m"].Value}"));
        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;
    }

    [GeneratedRegex(@"\s+(?:(?<name>GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)|(?<sign>[+-])(?<h>\d\d)(?<m>\d\d))$")]
    private static partial Regex Rfc822Zone();
}
