using System.Globalization;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using static SomeTeams.Teams.Cards.CardElements;
using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.Teams.Cards.Handover;

/// <summary>
/// The shift handover digest (issue #7) as an Adaptive Card 1.5, a pure function of the digest:
/// the counts, then the cases most urgent first — each with a Claim button that sends the case
/// card's own <c>claim</c> verb (without a version: the digest is older than any later change, and
/// a claim of a case someone took meanwhile is refused by state anyway) — and the shift's notes.
/// Customer words go into TextRuns, never markdown.
/// </summary>
public static class HandoverCard
{
    private const int QuoteLength = 140;

    public static JsonObject Render(HandoverDigest digest, CardLanguage language, TimeZoneInfo zone, int maxItems)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(zone);
        var texts = CardTexts.For(language);
        var locale = language switch { CardLanguage.Fi => "fi-FI", CardLanguage.Sv => "sv-FI", _ => "en" };
        string When(DateTimeOffset at) => DueTimeText.Absolute(at, zone, locale);

        var body = new List<JsonNode>
        {
            Text(texts.Format(H.Title, When(digest.At)), size: "Medium", weight: "Bolder"),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = Array(new[]
                {
                    (H.Arrived, digest.Count(HandoverReasons.Arrived)), (H.Unclaimed, digest.Count(HandoverReasons.Unclaimed)),
                    (H.AwaitingApproval, digest.Count(HandoverReasons.AwaitingApproval)), (H.NearSla, digest.Count(HandoverReasons.NearSla)),
                    (H.PastSla, digest.Count(HandoverReasons.PastSla)),
                }.Select(f => (JsonNode)new JsonObject { ["title"] = texts[f.Item1], ["value"] = f.Item2.ToString(CultureInfo.InvariantCulture) })),
            },
            Text(texts[H.Cases], weight: "Bolder", spacing: "Medium"),
        };
        var ordered = digest.Items
            .OrderByDescending(i => i.Flags.HasFlag(HandoverReasons.PastSla))
            .ThenByDescending(i => i.Flags.HasFlag(HandoverReasons.NearSla))
            .ThenBy(i => i.Case.DueAt)
            .ThenBy(i => i.Case.Id.Value, StringComparer.Ordinal)
            .ToList();
        body.AddRange(ordered.Take(maxItems).Select(i => Item(i, texts, When)));
        if (ordered.Count == 0)
        {
            body.Add(Text(texts[H.Nothing], subtle: true, spacing: "None"));
        }
        else if (ordered.Count > maxItems)
        {
            body.Add(Text(texts.Format(H.More, ordered.Count - maxItems), subtle: true));
        }

        body.Add(Text(texts[H.Notes], weight: "Bolder", spacing: "Medium"));
        body.AddRange(digest.Notes.Count == 0
            ? [Text(texts[H.NoNotes], subtle: true, spacing: "None")]
            : digest.Notes.OrderBy(n => n.Note.At).Select(n => (JsonNode)Words(n.Note.Text, texts.Format(H.NoteLine, n.Note.Author.Name, n.Network), spacing: "Small")));

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = Array(body),
        };
    }

    private static JsonObject Item(HandoverItem item, CardTexts texts, Func<DateTimeOffset, string> when)
    {
        var c = item.Case;
        var badges = new List<(string, string?)> { (texts.Name(c.Mention.Network), null), (c.Mention.Author.DisplayName, null) };
        badges.Add(c.State switch
        {
            CaseState.New => (texts[H.BadgeNew], "Accent"),
            CaseState.AwaitingApproval => (texts[H.BadgeApproval], "Warning"),
            _ => (texts.Format(H.BadgeClaimed, c.ClaimedBy?.Name), null),
        });
        badges.Add(item.Flags.HasFlag(HandoverReasons.PastSla)
            ? (texts.Format(H.BadgeOverdue, when(c.DueAt)), "Attention")
            : (texts.Format(H.BadgeDue, when(c.DueAt)), item.Flags.HasFlag(HandoverReasons.NearSla) ? "Warning" : null));

        var text = c.Mention.Text;
        var quote = text.Length <= QuoteLength ? text
            : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[QuoteLength - 2]) ? QuoteLength - 2 : QuoteLength - 1), "…");
        var items = new List<JsonNode> { Badges(badges), Words(quote, spacing: "None") };
        if (c.State == CaseState.New)
        {
            items.Add(ActionSet(
            [
                new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = texts[CardText.ActionClaim],
                    ["verb"] = CardVerbs.Claim,
                    ["data"] = new JsonObject { [CardInputs.CaseId] = c.Id.Value },
                },
            ], spacing: "Small"));
        }

        return Container(items, spacing: "Medium");
    }
}
