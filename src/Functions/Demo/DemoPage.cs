using System.Globalization;
using System.Net;
using System.Text;
using SomeTeams.Connectors.Demo;

namespace SomeTeams.Functions.Demo;

/// <summary>
/// The demo source's pages as plain HTML: every text from the stream or a draft is encoded, so
/// a troll's &lt;script&gt; shows as text. Pure, so tests read exactly what a person sees.
/// </summary>
internal static class DemoPage
{
    private const string Style = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + "blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #6264a7;background:#f5f5fa;white-space:pre-wrap}"
        + "li{margin:.75rem 0}.meta{color:#666;font-size:.9rem}";

    public static string Index(IReadOnlyList<DemoActivity> recent, DemoPageText t)
    {
        var html = Begin(t, t.Title);
        html.Append("<p>").Append(E(t.Intro)).Append("</p><h2>").Append(E(t.Recent)).Append("</h2>");
        Activities(html, recent, t, linkToItem: true);
        return End(html);
    }

    public static string Item(string externalId, DemoItem? item, IReadOnlyList<DemoActivity> activities, DemoPageText t)
    {
        var html = Begin(t, $"{t.Title} · {externalId}");
        html.Append("<p><a href=\"/demo\">").Append(E(t.Title)).Append("</a></p><h2>").Append(E(t.Original)).Append("</h2>");
        if (item is null)
        {
            html.Append("<p>").Append(E(t.Unknown)).Append("</p>");
        }
        else
        {
            var where = string.Format(CultureInfo.InvariantCulture, t.Imitates, item.Imitates) + (item.IsPrivate ? " · " + t.Private : "");
            html.Append("<p><strong>").Append(E(item.AuthorName)).Append("</strong> @").Append(E(item.AuthorHandle))
                .Append(" <span class=\"meta\">").Append(E(where)).Append("</span></p><blockquote lang=\"").Append(E(item.Language ?? "")).Append("\">")
                .Append(E(item.Text)).Append("</blockquote>");
        }

        html.Append("<h2>").Append(E(t.WhatWeDid)).Append("</h2>");
        Activities(html, activities, t, linkToItem: false);
        return End(html);
    }

    private static void Activities(StringBuilder html, IReadOnlyList<DemoActivity> activities, DemoPageText t, bool linkToItem)
    {
        if (activities.Count == 0)
        {
            html.Append("<p>").Append(E(t.Nothing)).Append("</p>");
            return;
        }

        html.Append("<ul>");
        foreach (var a in activities)
        {
            html.Append("<li id=\"").Append(E(a.Id)).Append("\"><strong>").Append(E(t.Did[a.Kind])).Append("</strong> <span class=\"meta\">")
                .Append(E(a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)));
            if (a.CaseId is { } caseId)
            {
                html.Append(" · ").Append(E(string.Format(CultureInfo.InvariantCulture, t.Case, caseId)));
            }

            html.Append(" · ").Append(E(a.AccountId)).Append("</span>");
            if (linkToItem)
            {
                html.Append(" <a href=\"/demo/posts/").Append(E(Uri.EscapeDataString(a.TargetExternalId))).Append("\">").Append(E(t.OpenItem)).Append("</a>");
            }

            if (a.Text is { } text)
            {
                html.Append("<blockquote>").Append(E(text)).Append("</blockquote>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static StringBuilder Begin(DemoPageText t, string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"").Append(t.Lang).Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(title))
        .Append("</title><style>").Append(Style).Append("</style></head><body><h1>").Append(E(title)).Append("</h1>");

    private static string End(StringBuilder html) => html.Append("</body></html>").ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
