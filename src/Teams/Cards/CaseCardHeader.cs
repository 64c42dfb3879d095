using System.Text.Json.Nodes;
using SomeTeams.Core.Triage;

namespace SomeTeams.Teams.Cards;

/// <summary>Who wrote what, where and when, and how triage saw it.</summary>
internal static class CaseCardHeader
{
    private const int MentionChars = 1500;

    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var m = s.Case.Mention;
        var author = new JsonObject
        {
            ["type"] = "RichTextBlock",
            ["inlines"] = new JsonArray(
                new JsonObject { ["type"] = "TextRun", ["text"] = m.Author.DisplayName, ["weight"] = "Bolder", ["size"] = "Medium" },
                new JsonObject { ["type"] = "TextRun", ["text"] = " @" + m.Author.Handle, ["isSubtle"] = true }),
        };
        var where = CardElements.Text(s.Format(CardText.Header, s.NetworkName, s.Texts.Name(m.Kind), s.Time(m.CreatedAt)), size: "Small", subtle: true, spacing: "None");
        var header = CardElements.Container([author, where]);
        if (m.Permalink is { } link)
        {
            header["selectAction"] = CardElements.OpenUrl(s.Format(CardText.OpenOnNetwork, s.NetworkName), link);
        }

        yield return header;
        yield return CardElements.Words(s.Quote(m.Text, MentionChars));
        if (Links(s) is { Count: > 0 } links)
        {
            yield return CardElements.ActionSet(links, spacing: "Small");
        }

        yield return CardElements.Badges(Badges(s));
    }

    private static List<JsonNode> Links(CardScope s)
    {
        var links = new List<JsonNode>();
        if (s.Case.Mention.Permalink is { } link)
        {
            links.Add(CardElements.OpenUrl(s.Format(CardText.OpenOnNetwork, s.NetworkName), link));
        }

        if (s.Case.State == Core.Cases.CaseState.Sent && s.Case.Reply?.Permalink is { } replyLink)
        {
            links.Add(CardElements.OpenUrl(s[CardText.OpenReply], replyLink));
        }

        return links;
    }

    private static IEnumerable<(string, string?)> Badges(CardScope s)
    {
        var t = s.Case.Triage;
        var language = s.Texts.Has("Language." + t.Language) ? s.Texts["Language." + t.Language] : s.Texts[CardText.LanguageOther];
        yield return (language, null);
        yield return (s.Texts.Name(t.Sentiment), t.Sentiment switch
        {
            Sentiment.Negative => "Attention",
            Sentiment.Positive => "Good",
            _ => null,
        });
        yield return (s.Texts.Name(t.Topic), null);
        yield return (s.Texts.Name(t.Priority), t.Priority switch
        {
            Priority.Urgent => "Attention",
            Priority.High => "Warning",
            _ => null,
        });
        if (t.Sensitive)
        {
            yield return (s.Texts[CardText.Sensitive], "Warning");
        }

        if (t.PersonalData.Count > 0)
        {
            yield return (s.Texts[CardText.PersonalDataMasked], "Warning");
        }
    }
}
