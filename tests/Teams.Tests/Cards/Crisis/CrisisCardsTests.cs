using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Cards.Crisis;

namespace SomeTeams.Teams.Tests.Cards.Crisis;

public sealed class CrisisCardsTests
{
    // Monday 23 November 2026, 10:00 Helsinki; the flood began at 09:52.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Locales = ["en-US", "fi-FI", "sv-FI"];

    private static string GoldenFolder => Path.Combine(GoldenFiles.RepoRoot, "tests", "Teams.Tests", "Cards", "Crisis", "Golden");

    private static readonly CrisisPeriod Outage = new()
    {
        Id = "topic:outage@20261123T080000",
        Cluster = Cluster.Of(Topic.Outage),
        Since = Now.AddMinutes(-8),
        RaisedAt = Now,
        CountAtRaise = 412,
        PerMinute = 82.4,
        BaselinePerMinute = 0.3,
        SampleCaseIds = ["c-3", "c-2"],
    };

    private static readonly CrisisPeriod Ended = Outage with { Cluster = Cluster.Account("nordlink-x"), EndedAt = Now.AddHours(2), EndedBy = "Maija Manager" };

    private static readonly CrisisSample[] Samples =
    [
        new("c-3", 1, Network.X, "Netti poikki koko Tampereella, soitin numeroon 040 1234567 eikä kukaan vastaa"),
        new("c-2", 2, Network.Facebook, "Ingen uppkoppling i Vasa sedan i morse."),
    ];

    private static readonly CrisisStatement Drafted = StatementRules.Draft(Outage.Id, null, new Actor("aad-aino", "Aino Agent", ActorRoles.Agent), "Tampereen katko korjataan tänään klo 14 mennessä. Pahoittelemme!", canSend: true, Now).Next!;
    private static readonly CrisisStatement Awaiting = Drafted with { SubmittedAt = Now.AddMinutes(1) };
    private static readonly CrisisStatement Approved = Awaiting with { ApprovedBy = new Actor("aad-maija", "Maija Manager", ActorRoles.Approver), ApprovedAt = Now.AddMinutes(2) };

    private static CardContext Context(string locale) => new() { Locale = locale, Now = Now };

    private static IEnumerable<(string Name, Func<CardContext, JsonObject> Render)> Scenarios() =>
        from locale in Locales
        from card in new (string Name, Func<CardContext, JsonObject> Render)[]
        {
            ("crisis.active", c => CrisisCards.RenderCrisis(Outage, Samples, c)),
            ("crisis.ended", c => CrisisCards.RenderCrisis(Ended, [], c)),
            ("group.active", c => CrisisCards.RenderGroup(new GroupSummary(Outage, 1_588, 3, Samples), c)),
            ("group.ended", c => CrisisCards.RenderGroup(new GroupSummary(Ended, 40, 40, []), c)),
            ("group.statement-new", c => CrisisCards.RenderGroup(new GroupSummary(Outage, 12, 0, Samples, new GroupStatement(null, 280, 0, 12)), c)),
            ("group.statement-drafted", c => CrisisCards.RenderGroup(new GroupSummary(Outage, 12, 0, Samples, new GroupStatement(Drafted, 280, 0, 12)), c)),
            ("group.statement-awaiting", c => CrisisCards.RenderGroup(new GroupSummary(Outage, 12, 0, Samples, new GroupStatement(Awaiting, 280, 0, 12)), c)),
            ("group.statement-approved", c => CrisisCards.RenderGroup(new GroupSummary(Outage, 12, 2, Samples, new GroupStatement(Approved, 280, 7, 10)), c)),
        }
        select ($"{card.Name}.{locale[..2]}", (Func<CardContext, JsonObject>)(_ => card.Render(Context(locale))));

    public static TheoryData<string> Names => [.. Scenarios().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCardAndLanguage_MatchesGolden(string name) =>
        GoldenFiles.Verify(GoldenFolder, name, CaseCard.ToJson(Scenarios().Single(s => s.Name == name).Render(Context("en")), indented: true));

    [Fact]
    public void RenderCrisis_Finnish_SaysWhatSinceWhenHowFastWithMaskedSamples()
    {
        var json = CaseCard.ToJson(CrisisCards.RenderCrisis(Outage, Samples, Context("fi-FI")));

        Assert.Contains("Kriisi: aihe häiriö", json, StringComparison.Ordinal);
        Assert.Contains("23.11. klo 9.52", json, StringComparison.Ordinal);
        Assert.Contains("82/min (tavallisesti 0.3/min)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("040 1234567", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"endCrisis\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EndedCrisis_OffersNoButtons()
    {
        Assert.DoesNotContain("Action.Execute", CaseCard.ToJson(CrisisCards.RenderCrisis(Ended, [], Context("sv-FI"))), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", CaseCard.ToJson(CrisisCards.RenderGroup(new GroupSummary(Ended, 40, 40, []), Context("sv-FI"))), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderGroup_ManyWaiting_ShowsTheCountAndAClaimPerLatestItem()
    {
        var many = Enumerable.Range(0, 9).Select(i => new CrisisSample($"c-{i}", 1, Network.X, "Netti poikki")).ToList();

        var json = CaseCard.ToJson(CrisisCards.RenderGroup(new GroupSummary(Outage, 1_588, 3, many), Context("en-US")));

        Assert.Contains("1588 mentions · 1585 in the group · 3 claimed out", json, StringComparison.Ordinal);
        Assert.Equal(CrisisCards.LatestShown, json.Split("\"verb\":\"claimFromGroup\"").Length - 1);
        Assert.Contains("\"caseId\":\"c-4\",\"version\":1,\"crisisId\":\"topic:outage@20261123T080000\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderGroup_Statement_EditorAtTheStrictestLimitThenTheStepItIsAt()
    {
        string Json(CrisisStatement? s, string locale = "en-US") =>
            CaseCard.ToJson(CrisisCards.RenderGroup(new GroupSummary(Outage, 12, 2, Samples, new GroupStatement(s, 280, 7, 10)), Context(locale)));

        Assert.Contains("\"maxLength\":280", Json(null), StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"submitStatement\"", Json(Drafted), StringComparison.Ordinal);
        Assert.DoesNotContain("approveStatement", Json(Drafted), StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"approveStatement\"", Json(Awaiting), StringComparison.Ordinal);
        Assert.Contains("Statement by Aino Agent, approved by Maija Manager; sent to 7 of 10 cases.", Json(Approved), StringComparison.Ordinal);
        Assert.Contains("hyväksyi Maija Manager; lähetetty 7/10 tapaukseen", Json(Approved, "fi-FI"), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Text", Json(Approved), StringComparison.Ordinal);
        Assert.NotEqual(new GroupSummary(Outage, 12, 2, Samples, new GroupStatement(Approved, 280, 7, 10)).Shows, new GroupSummary(Outage, 12, 2, Samples, new GroupStatement(Approved, 280, 8, 10)).Shows);
    }

    [Fact]
    public void GroupSummary_Shows_ChangesWithWhatTheCardDraws()
    {
        var one = new GroupSummary(Outage, 10, 0, Samples);

        Assert.Equal(one.Shows, (one with { Latest = [.. Samples] }).Shows);
        Assert.NotEqual(one.Shows, (one with { Grouped = 11 }).Shows);
        Assert.NotEqual(one.Shows, (one with { Period = Ended }).Shows);
    }

    [Fact]
    public async Task EveryRenderedCard_AdaptiveCardsLibrary_ReportsNoParseOrValidationEvents()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-crisis-cards-").FullName;
        try
        {
            foreach (var s in Scenarios())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, s.Name + ".json"), CaseCard.ToJson(s.Render(Context("en"))), TestContext.Current.CancellationToken);
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
}
