using System.Globalization;
using System.Text.Json.Nodes;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The admins' card for an account health alert: which account, what is wrong and since when,
/// and what an admin should do. A pure function of the alert and the context (locale, clock,
/// time zone), Adaptive Cards 1.5, informational only: the remedy happens outside Teams.
/// </summary>
public static class AccountHealthCard
{
    public static JsonObject Render(HealthAlert alert, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(context);
        var texts = CardTexts.For(context.Language);
        var raised = alert.Kind == AlertKind.Raised;
        var network = texts.Name(alert.Network);
        var account = alert.AccountName is { Length: > 0 } name ? name : alert.AccountId;
        string When(DateTimeOffset at) => Time(texts, context, at);

        var facts = new List<(string, string)>
        {
            (texts[HealthCardText.Network], network),
            (texts[HealthCardText.Account], account),
            (texts[HealthCardText.ProblemLabel], texts[HealthCardText.Problem(alert.Problem)]),
            (texts[HealthCardText.Since], When(alert.Since)),
        };
        facts.Add(raised
            ? (texts[HealthCardText.LastFetch], alert.LastSuccessfulFetch is { } last ? When(last) : texts[HealthCardText.Never])
            : (texts[HealthCardText.Until], When(alert.At)));
        if (raised && alert.Problem == HealthProblem.QuotaExhausted && alert.QuotaResetsAt is { } resets)
        {
            facts.Add((texts[HealthCardText.QuotaResets], When(resets)));
        }

        var title = texts.Format(raised ? HealthCardText.TitleRaised : HealthCardText.TitleRecovered, network, account);
        var body = new List<JsonNode>
        {
            CardElements.Container([CardElements.Text(title, size: "Medium", weight: "Bolder")], style: raised ? "attention" : "good"),
            FactSet(facts),
        };
        body.AddRange(raised
            ? [CardElements.Text(texts[HealthCardText.WhatToDo], weight: "Bolder", spacing: "Medium"), CardElements.Text(texts[HealthCardText.Fix(alert.Problem)])]
            : [CardElements.Text(texts[HealthCardText.RecoveredHelp], spacing: "Medium")]);

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = CardElements.Array(body),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
    }

    private static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = CardElements.Array(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    // The clock alone today, with the date otherwise, in the admin's zone (as on the case card).
    private static string Time(CardTexts texts, CardContext context, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, context.TimeZone);
        var today = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).Date;
        return local.ToString(texts[local.Date == today ? CardText.TimeFormat : CardText.DateTimeFormat], CultureInfo.InvariantCulture);
    }
}
