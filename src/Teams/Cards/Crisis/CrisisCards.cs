using System.Globalization;
using System.Text.Json.Nodes;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Triage;
using static SomeTeams.Teams.Cards.CardElements;

namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>
/// The managers' crisis card and the channel's grouped card (DESIGN.md rule 10), Adaptive Card 1.5,
/// pure functions of what they show. Customer text is masked (personal data) and drawn as TextRuns.
/// </summary>
public static class CrisisCards
{
    public const int LatestShown = 5;

    public static JsonObject RenderCrisis(CrisisPeriod period, IReadOnlyList<CrisisSample> samples, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(context);
        var texts = CardTexts.For(context.Language);
        string T(string key, params object?[] args) => texts.Format(key, args);
        var body = new List<JsonNode>
        {
            Text(T(CrisisCardText.Title, Label(texts, period.Cluster)), size: "Medium", weight: "Bolder", color: period.IsActive ? "Attention" : null),
            Facts(
            [
                (T(CrisisCardText.Since), Time(texts, context, period.Since)),
                (T(CrisisCardText.Speed), T(CrisisCardText.SpeedValue, Rate(period.PerMinute), Rate(period.BaselinePerMinute))),
                (T(CrisisCardText.CountAtRaise), period.CountAtRaise.ToString(CultureInfo.InvariantCulture)),
            ]),
            Text(period.IsActive ? T(CrisisCardText.Grouping) : T(CrisisCardText.Ended, period.EndedBy, Time(texts, context, period.EndedAt!.Value)), subtle: !period.IsActive),
        };
        if (samples.Count > 0)
        {
            body.Add(Text(T(CrisisCardText.Samples), weight: "Bolder", spacing: "Medium"));
            body.AddRange(samples.Select(s => (JsonNode)Words(Shown(s.Text), leadIn: texts.Name(s.Network) + ":", spacing: "Small")));
        }

        if (period.IsActive)
        {
            body.Add(ActionSet([Execute(T(CrisisCardText.End), CrisisVerbs.EndCrisis, new JsonObject { [CrisisVerbs.CrisisId] = period.Id, [CrisisVerbs.Cluster] = period.Cluster.Key })]));
        }

        return Card(body);
    }

    public static JsonObject RenderGroup(GroupSummary group, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var texts = CardTexts.For(context.Language);
        string T(string key, params object?[] args) => texts.Format(key, args);
        var period = group.Period;
        var body = new List<JsonNode>
        {
            Text(T(CrisisCardText.GroupTitle, Label(texts, period.Cluster)), size: "Medium", weight: "Bolder", color: period.IsActive ? "Warning" : null),
            Text(T(CrisisCardText.GroupCounts, group.Grouped, group.Grouped - group.ClaimedOut, group.ClaimedOut), weight: "Bolder", spacing: "None"),
            Text(period.IsActive ? T(CrisisCardText.GroupActive, Time(texts, context, period.Since)) : T(CrisisCardText.GroupEnded, Time(texts, context, period.EndedAt!.Value)), subtle: true),
        };
        if (group.Latest.Count > 0)
        {
            body.Add(Text(T(CrisisCardText.Latest), weight: "Bolder", spacing: "Medium"));
            foreach (var item in group.Latest.Take(LatestShown))
            {
                var data = new JsonObject { [CardInputs.CaseId] = item.CaseId, [CardInputs.Version] = item.Version, [CrisisVerbs.CrisisId] = period.Id };
                body.Add(Container(
                    [Words(Shown(item.Text), leadIn: texts.Name(item.Network) + ":"), ActionSet([Execute(T(CrisisCardText.ClaimOut), CrisisVerbs.ClaimFromGroup, data)], spacing: "Small")],
                    style: "emphasis",
                    spacing: "Small"));
            }
        }

        if (group.Statement is { } statement)
        {
            body.AddRange(GroupStatementPart.Render(period, statement, texts));
        }

        return Card(body);
    }

    public static string Label(CardTexts texts, Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Kind == ClusterKind.Topic && TriageNames.TryParseTopic(cluster.Value, out var topic)
            ? texts.Format(CrisisCardText.TopicCluster, texts.Name(topic))
            : texts.Format(CrisisCardText.AccountCluster, cluster.Value);
    }

    /// <summary>Personal data masked, cut to a sample's length (never inside a surrogate pair).</summary>
    private static string Shown(string text)
    {
        const int Max = 240;
        var masked = PersonalDataMasker.Mask(text);
        if (masked.Length <= Max)
        {
            return masked;
        }

        var cut = char.IsHighSurrogate(masked[Max - 1]) ? Max - 1 : Max;
        return string.Concat(masked.AsSpan(0, cut), "…");
    }

    private static string Time(CardTexts texts, CardContext context, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, context.TimeZone).ToString(texts[CrisisCardText.TimeFormat], CultureInfo.InvariantCulture);

    private static string Rate(double perMinute) => perMinute.ToString(perMinute < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);

    private static JsonObject Execute(string title, string verb, JsonObject data) =>
        new() { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };

    private static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = Array(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    private static JsonObject Card(IEnumerable<JsonNode> body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = Array(body),
    };
}
