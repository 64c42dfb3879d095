using System.Text.Json.Nodes;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Teams.Tests.Cards;

public sealed class AccountHealthCardTests
{
    // 10:00 Helsinki on a Monday morning; the problem began at 07:15 Helsinki.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static string GoldenFolder => Path.Combine(GoldenFiles.RepoRoot, "tests", "Teams.Tests", "Cards", "HealthGolden");

    private static HealthAlert Alert(HealthProblem problem, AlertKind kind = AlertKind.Raised, string? name = "Nordlink Support") => new(
        "nordlink-x", problem is HealthProblem.QuotaExhausted ? Network.YouTube : problem is HealthProblem.WebhookSilent ? Network.Facebook : Network.X,
        kind, problem, Now.AddMinutes(-45), Now, Now.AddHours(-1), problem is HealthProblem.QuotaExhausted ? new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero) : null, name);

    private static CardContext Context(string locale) => new() { Locale = locale, Now = Now };

    private static readonly string[] Locales = ["en-US", "fi-FI", "sv-FI"];

    /// <summary>Every problem raised, and one recovery, in every language.</summary>
    private static IEnumerable<(string Name, HealthAlert Alert, string Locale)> Scenarios() =>
        from locale in Locales
        from alert in Enum.GetValues<HealthProblem>().Select(p => Alert(p)).Append(Alert(HealthProblem.AuthExpired, AlertKind.Recovered))
        select ($"{alert.Problem}.{alert.Kind}.{locale[..2]}", alert, locale);

    public static TheoryData<string> Names => [.. Scenarios().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryProblemAndLanguage_MatchesGolden(string name)
    {
        var s = Scenarios().Single(s => s.Name == name);

        GoldenFiles.Verify(GoldenFolder, name, CaseCard.ToJson(AccountHealthCard.Render(s.Alert, Context(s.Locale)), indented: true));
    }

    [Fact]
    public void GoldenFolder_HoldsNoCardThatIsNotRendered()
    {
        var rendered = Scenarios().Select(s => s.Name + ".json").ToHashSet(StringComparer.Ordinal);

        var stale = Directory.GetFiles(GoldenFolder, "*.json").Select(Path.GetFileName).Where(f => !f!.EndsWith(".received.json", StringComparison.Ordinal) && !rendered.Contains(f));

        Assert.Empty(stale);
    }

    [Fact]
    public async Task EveryRenderedCard_AdaptiveCardsLibrary_ReportsNoParseOrValidationEvents()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-health-cards-").FullName;
        try
        {
            foreach (var s in Scenarios())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, s.Name + ".json"), CaseCard.ToJson(AccountHealthCard.Render(s.Alert, Context(s.Locale))), TestContext.Current.CancellationToken);
            }

            var results = await CardValidationTests.ValidateAsync(folder, GoldenFolder);

            Assert.Equal(2 * Scenarios().Count(), results.Count);
            Assert.Empty(results.SelectMany(f => f!["events"]!.AsArray().Select(e => $"{Path.GetFileName((string?)f["file"])}: {e!["event"]} {e["message"]}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Render_AuthExpiredInFinnish_SaysReconnectWithHelsinkiTimes()
    {
        var text = Texts(AccountHealthCard.Render(Alert(HealthProblem.AuthExpired), Context("fi-FI")));

        Assert.Contains("X-tili vaatii huomiota: Nordlink Support", text, StringComparison.Ordinal);
        Assert.Contains("Yhdistä tili uudelleen", text, StringComparison.Ordinal);
        Assert.Contains("klo 9.15", text, StringComparison.Ordinal); // since 07:15 UTC
        Assert.Contains("klo 9.00", text, StringComparison.Ordinal); // last fetch 07:00 UTC
    }

    [Fact]
    public void Render_QuotaExhausted_ShowsWhenTheQuotaResets()
    {
        var text = Texts(AccountHealthCard.Render(Alert(HealthProblem.QuotaExhausted), Context("en")));

        Assert.Contains("Quota resets", text, StringComparison.Ordinal);
        Assert.Contains("24 Nov 10:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Recovered_IsGoodNewsWithoutARemedy()
    {
        var card = AccountHealthCard.Render(Alert(HealthProblem.Unreachable, AlertKind.Recovered), Context("sv-FI"));

        Assert.Equal("good", (string?)card["body"]![0]!["style"]);
        Assert.DoesNotContain("Vad ska göras", Texts(card), StringComparison.Ordinal);
        Assert.Contains("inget gick förlorat", Texts(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoDisplayName_NamesTheAccountId()
    {
        var text = Texts(AccountHealthCard.Render(Alert(HealthProblem.FetchRefused, name: null), Context("en")));

        Assert.Contains("X account needs attention: nordlink-x", text, StringComparison.Ordinal);
        Assert.Contains("never", Texts(AccountHealthCard.Render(Alert(HealthProblem.Unreachable) with { LastSuccessfulFetch = null }, Context("en"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_EveryLanguage_HasEveryHealthKeyWithTheSamePlaceholders()
    {
        var keys = HealthCardText.Constants
            .Concat(Enum.GetValues<HealthProblem>().SelectMany(p => new[] { HealthCardText.Problem(p), HealthCardText.Fix(p) }))
            .ToList();

        Assert.Empty(CardTexts.All.SelectMany(t => keys.Where(k => !t.Has(k)).Select(k => $"{t.Language}: {k}")));
        Assert.All(keys, k => Assert.Single(CardTexts.All.Select(t => string.Join(",", System.Text.RegularExpressions.Regex.Matches(t[k], @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal))).Distinct()));
    }

    private static string Texts(JsonNode card) => string.Join("\n", Walk(card));

    private static IEnumerable<string> Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v ? [(string)v!] : Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
