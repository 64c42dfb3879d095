using System.Web;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Rss;

/// <summary>A feed entry as a read-only article mention whose author is the source's domain (social-apis.md §8.4).</summary>
internal static class RssMapper
{
    public static string? Problem(FeedEntry e) => e switch
    {
        { Id: null } => "entry without id, guid or link",
        { At: null } => "entry without a readable date",
        { Title: null, Content: null } => "entry without title or content",
        _ => null,
    };

    public static Mention ToMention(SourceAccount account, FeedEntry entry)
    {
        var link = RealLink(entry.Link);
        var domain = link?.Host is { Length: > 0 } host ? host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host : "unknown source";
        var title = HtmlText.ToPlain(entry.Title);
        var content = HtmlText.ToPlain(entry.Content);
        var text = string.IsNullOrEmpty(content) || content == title ? title : string.IsNullOrEmpty(title) ? content : $"{title}\n\n{content}";
        return new Mention(
            Network.Rss,
            account.Id,
            entry.Id!,
            MentionKind.Article,
            entry.Id!,
            null,
            new Author(domain, domain, string.IsNullOrWhiteSpace(entry.AuthorName) ? domain : entry.AuthorName, link is null ? null : new Uri($"{link.Scheme}://{link.Host}/")),
            text,
            entry.At!.Value,
            IsPrivate: false,
            Language: entry.Language,
            Permalink: link);
    }

    /// <summary>Google Alerts links are redirects: the article is in the <c>url</c> query parameter.</summary>
    private static Uri? RealLink(string? href)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var link))
        {
            return null;
        }

        var isRedirect = link.Host.EndsWith("google.com", StringComparison.OrdinalIgnoreCase) && link.AbsolutePath == "/url";
        return isRedirect && Uri.TryCreate(HttpUtility.ParseQueryString(link.Query)["url"], UriKind.Absolute, out var real) ? real : link;
    }
}
