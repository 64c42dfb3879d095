using System.Text.Json.Nodes;
using SomeTeams.Core.Stats;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Digest;

namespace SomeTeams.Teams.Tests.Cards.Digest;

public sealed class StatsDigestCardTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    // The week Monday 16 – Sunday 22 November 2026 in Helsinki.
    private static readonly StatsPeriod Week = new(new DateTimeOffset(2026, 11, 15, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero));

    private static StatsReport Report() => new(
        Week,
        Week.To.AddHours(10),
        Cases: 5,
        new Coverage(3, 2),
        new DurationSummary(2, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(20)),
        new DurationSummary(2, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(20)),
        new DurationSummary(1, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4)),
        new DurationSummary(1, TimeSpan.FromHours(1.5), TimeSpan.FromHours(1.5)),
        new TargetShare(2, 1),
        new DurationSummary(1, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(9)),
        ApprovalsPending: 1,
        [new("x", 1), new("facebook", 4), new("bluesky", 0)],
        [new("billing", 3), new("praise", 2), new("outage", 0)],
        [new("negative", 3), new("neutral", 0), new("positive", 2)],
        BacklogAges.Of([], Week.To),
        [new("aad-bertil", "Bertil Agent", 2), new("aad-aino", "Aino Agent", 1)]);

    private static List<(string Title, string Value)> Facts(JsonNode card) =>
        [.. Descend(card).Where(n => n["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray().Select(x => (x!["title"]!.GetValue<string>(), x["value"]!.GetValue<string>())))];

    private static IEnumerable<JsonObject> Descend(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Descend(v!))),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Descend(v!)),
        _ => [],
    };

    [Fact]
    public void Render_Finnish_ShowsTheFiguresInTheTeamsWords()
    {
        var card = StatsDigestCard.Render(Report(), CardLanguage.Fi, Helsinki, includeAgents: false);

        Assert.Equal("Asiakaspalvelun yhteenveto 16.11.–22.11.", card["body"]![0]!["text"]!.GetValue<string>());
        var facts = Facts(card);
        Assert.Contains(("Kattavuus", "67 % (2/3)"), facts);
        Assert.Contains(("Ensimmäinen vastaus (palveluaikana)", "mediaani 15 min · p90 20 min"), facts);
        Assert.Contains(("Vastattu tavoiteajassa", "67 % (2/3)"), facts);
        Assert.Contains(("VIP / muut, mediaani", "4 min / 1 h 30 min"), facts);
        Assert.Contains(("Hyväksynnän kesto", "mediaani 9 min · p90 9 min · 1 odottaa"), facts);
        Assert.Equal([("Facebook", "4"), ("X", "1")], facts.Where(f => f.Title is "Facebook" or "X" or "Bluesky"));
        Assert.Equal([("laskutus", "3"), ("kehu", "2")], facts.Where(f => f.Title is "laskutus" or "kehu" or "häiriö"));
        Assert.DoesNotContain(facts, f => f.Title == "Bertil Agent");
    }

    [Fact]
    public void Render_ForManagers_ListsPeople()
    {
        var facts = Facts(StatsDigestCard.Render(Report(), CardLanguage.En, Helsinki, includeAgents: true));

        Assert.Equal([("Bertil Agent", "2"), ("Aino Agent", "1")], facts.Where(f => f.Title.EndsWith("Agent", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_EmptyPeriod_ShowsNoDataMarks()
    {
        var empty = StatsCalculator.Compute(Week, [], [], new(new(Core.Policies.ServiceHours.Default), Core.Policies.SlaPolicy.Default), VipRule.None, Week.To);

        var facts = Facts(StatsDigestCard.Render(empty, CardLanguage.Sv, Helsinki, includeAgents: true));

        Assert.Contains(("Täckning", "–"), facts);
        Assert.Contains(("Första svar (under öppettid)", "–"), facts);
    }

    [Fact]
    public void Texts_EveryBacklogBucketHasANameInEveryLanguage()
    {
        // Same keys and placeholders in every language: CardTextsTests covers the merged table.
        Assert.All(CardTexts.All, t => Assert.All(BacklogAges.Of([], Week.To), b => Assert.True(t.Has(DigestCardText.Bucket(b.Name)), $"{t.Language} {b.Name}")));
    }

    [Fact]
    public async Task Render_EveryLanguage_AdaptiveCardsLibraryFindsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-digest-").FullName;
        try
        {
            var empty = StatsCalculator.Compute(Week, [], [], new(new(Core.Policies.ServiceHours.Default), Core.Policies.SlaPolicy.Default), VipRule.None, Week.To);
            foreach (var language in Enum.GetValues<CardLanguage>())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"digest-{language}.json"), CaseCard.ToJson(StatsDigestCard.Render(Report(), language, Helsinki, true)), TestContext.Current.CancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder, $"empty-{language}.json"), CaseCard.ToJson(StatsDigestCard.Render(empty, language, Helsinki, true)), TestContext.Current.CancellationToken);
            }

            var results = await CardValidationTests.ValidateAsync(folder);

            Assert.Equal(6, results.Count);
            Assert.Empty(results.SelectMany(f => f!["events"]!.AsArray().Select(e => $"{f["file"]}: {e!["event"]} {e["message"]}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
