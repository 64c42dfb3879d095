using System.Globalization;
using System.Security;

namespace SomeTeams.TestKit.Fakes.Rss;

/// <summary>Feed documents in the shapes of social-apis.md §8.4: a Google Alerts Atom feed and a plain RSS 2.0 channel.</summary>
public static class FeedFixtures
{
    public const string RecallId = "tag:google.com,2013:googlealerts/feed:12501224780620368192";

    /// <summary>The Google Alert fixture, plus any extra entries (raw Atom <c>&lt;entry&gt;</c> elements).</summary>
    public static string Atom(params string[] extraEntries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
          <id>tag:google.com,2005:reader/user/01234567890123456789/state/com.google/alerts/98765432109876543210</id>
          <title>Google Alert - "Acme"</title>
          <link href="https://www.google.com/alerts/feeds/01234567890123456789/98765432109876543210" rel="self"/>
          <updated>2026-08-20T10:18:45Z</updated>
          {string.Join("\n", extraEntries)}
          <entry>
            <id>{RecallId}</id>
            <title type="html">&lt;b&gt;Acme&lt;/b&gt; recalls batch of kettles</title>
            <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example.com/acme-recall&amp;ct=ga&amp;cd=CAIyGjUwMjhi&amp;usg=AOvVaw0"/>
            <published>2026-08-20T09:26:15Z</published>
            <updated>2026-08-20T09:26:15Z</updated>
            <content type="html">The &lt;b&gt;Acme&lt;/b&gt; kettle model K2 is being recalled after&amp;nbsp;...</content>
            <author><name/></author>
          </entry>
        </feed>
        """;

    public static string AtomEntry(string id, DateTimeOffset published, string title, string url = "https://blog.example.fi/acme") => $"""
          <entry>
            <id>{SecurityElement.Escape(id)}</id>
            <title type="html">{SecurityElement.Escape(title)}</title>
            <link href="{SecurityElement.Escape(url)}"/>
            <published>{published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</published>
            <content type="html">{SecurityElement.Escape(title)} …</content>
            <author><name/></author>
          </entry>
        """;

    public static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Kuluttajauutiset</title>
            <link>https://uutiset.example.fi/</link>
            <description>Uutiset</description>
            <language>fi</language>
            {string.Join("\n", items)}
          </channel>
        </rss>
        """;

    public static string RssItem(string itemId, string pubDate, string title, string description, string link = "https://uutiset.example.fi/nordlink-hairio") => $"""
            <item>
              <title>{SecurityElement.Escape(title)}</title>
              <link>{SecurityElement.Escape(link)}</link>
              <guid isPermaLink="false">{SecurityElement.Escape(itemId)}</guid>
              <pubDate>{pubDate}</pubDate>
              <description>{SecurityElement.Escape(description)}</description>
            </item>
        """;
}
