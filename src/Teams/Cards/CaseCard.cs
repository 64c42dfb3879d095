using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The case card: a pure function of the case, the viewer and the context, built as JSON
/// nodes. Adaptive Cards 1.5 (what Teams renders for bots), at most <see cref="MaxBytes"/>.
/// </summary>
public static class CaseCard
{
    /// <summary>Teams takes 40 KB per message, counted as UTF-16 with the envelope; 28 KB of card leaves room (bot-protocol.md §8.3).</summary>
    public const int MaxBytes = 28 * 1024;

    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    // The card travels inside a JSON body, never inside HTML, so Finnish and Swedish letters
    // need no \u escapes (the default encoder triples their size).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static JsonObject Render(Case c, CardViewer viewer, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(context);

        var card = Draw(new CardScope(c, viewer, context, Compact: false));
        return Size(card) <= MaxBytes ? card : Draw(new CardScope(c, viewer, context, Compact: true));
    }

    public static string ToJson(JsonNode card, bool indented = false) => card.ToJsonString(indented ? Indented : Json);

    public static int Size(JsonNode card) => Encoding.UTF8.GetByteCount(ToJson(card));

    private static JsonObject Draw(CardScope s)
    {
        var body = new List<JsonNode>();
        if (s.Context.Refusal is { } refusal)
        {
            body.Add(CardElements.Container([CardElements.Text(RefusalText(s.Texts, refusal), weight: "Bolder", color: "Attention")], style: "attention"));
        }

        body.AddRange(CaseCardHeader.Build(s));
        body.AddRange(CaseCardStatus.Build(s));
        body.AddRange(CaseCardThread.Build(s));
        body.AddRange(CaseCardViews.Build(s));

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["refresh"] = Refresh(s),
            ["body"] = CardElements.Array(body),
            ["actions"] = CardElements.Array(CaseCardActions.Build(s)),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
    }

    /// <summary>A refusal in the viewer's language, naming the person where the machine gave one.</summary>
    public static string RefusalText(CardTexts texts, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var withWho = CardText.WithWho(refusal.Code);
        return refusal.Who is { Length: > 0 } who && texts.Has(withWho)
            ? texts.Format(withWho, who)
            : texts[CardText.Of(refusal.Code)];
    }

    // Listed users get their own view on display; others can refresh by hand (bot-protocol.md §6.6).
    private static JsonObject Refresh(CardScope s) => new()
    {
        ["action"] = s.Execute(CardVerbs.Refresh, title: null),
        ["userIds"] = new JsonArray([.. s.Context.RefreshUserIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Take(60).Select(id => (JsonNode)id)]),
    };
}
