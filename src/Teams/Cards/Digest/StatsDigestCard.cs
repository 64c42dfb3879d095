using System.Globalization;
using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Stats;
using SomeTeams.Core.Triage;
using static SomeTeams.Teams.Cards.CardElements;

namespace SomeTeams.Teams.Cards.Digest;

/// <summary>
/// The manager's digest (issue #7): a <see cref="StatsReport"/> as an Adaptive Card 1.5, a pure
/// function of the report, the language and the team's time zone. It has no actions, so it
/// needs no refresh; per-person counts appear only when <paramref name="includeAgents"/> (managers).
/// Volume rows list only what occurred, most first.
/// </summary>
public static class StatsDigestCard
{
    public static JsonObject Render(StatsReport report, CardLanguage language, TimeZoneInfo zone, bool includeAgents)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        var texts = CardTexts.For(language);
        string T(string key, params object?[] args) => texts.Format(key, args);
        string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString(texts[DigestCardText.DateFormat], CultureInfo.InvariantCulture);
        string Span(DurationSummary d) => d.Median is null ? T(DigestCardText.NoData) : T(DigestCardText.MedianP90, Duration(texts, d.Median), Duration(texts, d.P90));
        string Share(double? share, int part, int whole) => share is { } s ? T(DigestCardText.ShareOf, Math.Round(s * 100).ToString(CultureInfo.InvariantCulture), part, whole) : T(DigestCardText.NoData);

        var body = new List<JsonNode>
        {
            Text(T(DigestCardText.Title, Day(report.Period.From), Day(report.Period.To.AddTicks(-1))), size: "Medium", weight: "Bolder"),
            Text(T(DigestCardText.Cases, report.Cases), subtle: true, spacing: "None"),
            Facts(
            [
                (T(DigestCardText.Coverage), Share(report.Coverage.Share, report.Coverage.Covered, report.Coverage.NeedingResponse)),
                (T(DigestCardText.FirstResponse), Span(report.FirstResponse)),
                (T(DigestCardText.WithinTarget), Share(report.WithinTarget.Share, report.WithinTarget.OnTime, report.WithinTarget.OnTime + report.WithinTarget.Breached)),
                (T(DigestCardText.VipOthers), $"{Duration(texts, report.FirstResponseVip.Median) ?? T(DigestCardText.NoData)} / {Duration(texts, report.FirstResponseNonVip.Median) ?? T(DigestCardText.NoData)}"),
                (T(DigestCardText.Approvals), $"{Span(report.ApprovalTurnaround)} · {T(DigestCardText.Waiting, report.ApprovalsPending)}"),
            ]),
            Section(T(DigestCardText.Backlog), report.Backlog.Select(b => (T(DigestCardText.Bucket(b.Name)), b.Count.ToString(CultureInfo.InvariantCulture))), T(DigestCardText.NoData)),
            Section(T(DigestCardText.Networks), Counted(report.ByNetwork, n => TriageNames.TryParseNetwork(n, out var network) ? texts.Name(network) : n), T(DigestCardText.NoData)),
            Section(T(DigestCardText.Topics), Counted(report.ByTopic, n => TriageNames.TryParseTopic(n, out var topic) ? texts.Name(topic) : n), T(DigestCardText.NoData)),
            Section(T(DigestCardText.Sentiment), Counted(report.BySentiment, n => Enum.GetValues<Sentiment>().Where(s => TriageNames.Name(s) == n).Select(s => texts.Name(s)).FirstOrDefault() ?? n), T(DigestCardText.NoData)),
        };
        if (includeAgents && report.Agents.Count > 0)
        {
            body.Add(Section(T(DigestCardText.Agents), report.Agents.Select(a => (a.Name, a.Handled.ToString(CultureInfo.InvariantCulture))), T(DigestCardText.NoData)));
        }
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = Array(body),
        };
    }

    private static IEnumerable<(string, string)> Counted(IEnumerable<NamedCount> counts, Func<string, string> label) =>
        counts.Where(c => c.Count > 0).OrderByDescending(c => c.Count).Select(c => (label(c.Name), c.Count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A heading and its facts; with no facts, the no-data mark instead of an empty FactSet.</summary>
    private static JsonObject Section(string heading, IEnumerable<(string Title, string Value)> facts, string noData)
    {
        var list = facts.ToList();
        return Container([Text(heading, weight: "Bolder"), list.Count > 0 ? Facts(list) : Text(noData, subtle: true, spacing: "None")], spacing: "Medium");
    }

    private static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = Array(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    /// <summary>Minutes under an hour, hours and minutes under a day, then days and hours, in the card's words.</summary>
    private static string? Duration(CardTexts texts, TimeSpan? duration) => duration switch
    {
        null => null,
        { } d when d < TimeSpan.FromHours(1) => texts.Format(CardText.Minutes, (int)Math.Round(d.TotalMinutes)),
        { } d when d < TimeSpan.FromDays(1) => texts.Format(CardText.HoursMinutes, (int)d.TotalHours, d.Minutes),
        { } d => texts.Format(CardText.DaysHours, (int)d.TotalDays, d.Hours),
    };
}
