using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Teams.Tests.Cards.CardFixtures;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>What the connectors make a case card say: a coded send failure in the viewer's language, and a demo mention drawn as the network it imitates.</summary>
public sealed class ConnectorCardTests
{
    private static string GoldenFolder => Path.Combine(GoldenFiles.RepoRoot, "tests", "Teams.Tests", "Cards", "ConnectorGolden");

    private static IEnumerable<(string Name, Case Case, string Locale)> Scenarios()
    {
        foreach (var locale in Locales)
        {
            var language = CardLanguages.FromLocale(locale).ToString().ToLowerInvariant();
            yield return ($"NotSummoned.claimer.{language}", Failed(Mention(), ActionProblem.NotSummoned), locale);
            yield return ($"DemoImitatingX.claimer.{language}", Claimed(Open(Demo(Network.X))), locale);
        }
    }

    public static TheoryData<string> Names => [.. Scenarios().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_ConnectorScenario_MatchesGolden(string name)
    {
        var s = Scenarios().Single(s => s.Name == name);

        GoldenFiles.Verify(GoldenFolder, name, CaseCard.ToJson(Render(s.Case, s.Locale), indented: true));
    }

    [Fact]
    public async Task EveryConnectorCard_AdaptiveCardsLibrary_ReportsNoParseOrValidationEvents()
    {
        var folder = Directory.CreateTempSubdirectory("someteams-connector-cards-").FullName;
        try
        {
            foreach (var s in Scenarios())
            {
                await File.WriteAllTextAsync(Path.Combine(folder, s.Name + ".json"), CaseCard.ToJson(Render(s.Case, s.Locale)), TestContext.Current.CancellationToken);
            }

            var results = await CardValidationTests.ValidateAsync(folder);

            Assert.Equal(Scenarios().Count(), results.Count);
            Assert.Empty(results.SelectMany(f => f!["events"]!.AsArray().Select(e => $"{Path.GetFileName((string?)f["file"])}: {e!["event"]} {e["message"]}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("en-US", "X allows a reply only when the author mentioned or quoted the brand account.")]
    [InlineData("fi-FI", "X sallii vastauksen vain, jos kirjoittaja mainitsi tai lainasi brändin tilin.")]
    [InlineData("sv-FI", "X tillåter svar bara när skribenten nämnde eller citerade varumärkets konto.")]
    public void Render_FailedWithACode_SaysWhyInTheViewersLanguage(string locale, string expected)
    {
        var text = CardQuery.AllText(Render(Failed(Mention(), ActionProblem.NotSummoned), locale));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("english reason for the audit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailureStoredBeforeCodesExisted_QuotesTheStoredReason()
    {
        var text = CardQuery.AllText(Render(Failed(Mention(), problem: null), "fi-FI"));

        Assert.Contains("english reason for the audit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblem_HasATextWithTheSamePlaceholdersInEveryLanguage()
    {
        var missing = CardTexts.All.SelectMany(t => Enum.GetValues<ActionProblem>().Select(CardText.Of).Where(k => !t.Has(k)).Select(k => $"{t.Language}: {k}"));

        Assert.Empty(missing);
        Assert.All(Enum.GetValues<ActionProblem>(), p => Assert.Single(CardTexts.All.Select(t => t.Format(CardText.Of(p), "NET").Contains("NET", StringComparison.Ordinal)).Distinct()));
    }

    [Theory]
    [InlineData(Network.X, "X (demo)", 280, new[] { CardVerbs.Hide })]
    [InlineData(Network.Facebook, "Facebook (demo)", 8000, new[] { CardVerbs.Hide, CardVerbs.Delete, CardVerbs.Block, CardVerbs.Like })]
    [InlineData(Network.Mastodon, "Mastodon (demo)", 500, new[] { CardVerbs.Block, CardVerbs.Like })]
    public void Render_DemoMention_FollowsTheImitatedNetwork(Network imitated, string label, int limit, string[] moderation)
    {
        var card = Render(Claimed(Open(Demo(imitated))), "en-US");

        Assert.Contains($"Open on {label}", CardQuery.OfType(card, "Action.OpenUrl").Select(a => (string?)a["title"]));
        Assert.Equal(limit, (int)CardQuery.OfType(card, "Input.Text").Single(i => (string?)i["id"] == CardInputs.DraftText)["maxLength"]!);
        var offered = new[] { CardVerbs.Hide, CardVerbs.Delete, CardVerbs.Block, CardVerbs.Like }.Where(CardQuery.Verbs(card).Contains);
        Assert.Equal(moderation, offered);
    }

    private static JsonObject Render(Case c, string locale) => CaseCard.Render(c, CardViewer.For(c, People.Aino), Context(locale));

    private static Mention Demo(Network imitated) => Mention(Network.Demo) with { AccountId = "demo-" + imitated.ToString().ToLowerInvariant(), Imitates = imitated };

    /// <summary>A reply that went to the outbox and came back refused, as SendReply records it.</summary>
    private static Case Failed(Mention mention, ActionProblem? problem)
    {
        var sending = CaseBuilder.Step(Drafted(Open(mention)), new Send(People.Aino), T0.AddMinutes(10));
        return CaseBuilder.Step(sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "english reason for the audit") { Problem = problem }, T0.AddMinutes(11));
    }
}
